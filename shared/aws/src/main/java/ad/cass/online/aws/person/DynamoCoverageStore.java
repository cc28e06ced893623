package ad.cass.online.aws.person;

import ad.cass.online.aws.dynamodb.DynamoFaults;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Coverage;
import ad.cass.online.domain.person.CoverageStore;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A person's health cover, one item of the Records table ({@link RecordsKeys#coverage}), the one the home page shows. */
public final class DynamoCoverageStore implements CoverageStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoCoverageStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<Coverage> coverage(CassNumber subject) {
        Map<String, AttributeValue> item = DynamoFaults.call(() -> dynamo.getItem(r -> r.tableName(table)
                .key(RecordsKeys.coverage(subject))).item());
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(CoverageItems.coverage(subject, item));
    }
}
