package ad.cass.online.declarants;

import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.dynamodb.RecordsSettings;
import ad.cass.online.aws.declarants.DynamoDeclarantStore;
import ad.cass.online.domain.declarants.ContributionParameters;
import ad.cass.online.domain.declarants.DeclarantOffice;
import java.time.Clock;

/** What the back office's functions share: their wiring. */
final class OfficeWiring {
    private OfficeWiring() {
    }

    /** From the environment template.yaml sets. */
    static DeclarantOffice office(Clock clock) {
        return new DeclarantOffice(new DynamoDeclarantStore(DynamoDbClients.create(), RecordsSettings.recordsTable()),
                ContributionParameters.load(), clock);
    }
}
