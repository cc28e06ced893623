package ad.cass.online.declarants;

import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.dynamodb.RecordsSettings;
import ad.cass.online.aws.declarants.DynamoDeclarantStore;
import ad.cass.online.domain.declarants.ContributionParameters;
import ad.cass.online.domain.declarants.DeclarantOffice;
import ad.cass.online.domain.error.Conflict;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.NotFound;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** What the back office's functions share: their wiring, and a mistake answered, not thrown (a passing failure is). */
final class OfficeAnswers {
    private OfficeAnswers() {
    }

    /** From the environment template.yaml sets. */
    static DeclarantOffice office(Clock clock) {
        return new DeclarantOffice(new DynamoDeclarantStore(DynamoDbClients.create(), RecordsSettings.recordsTable()),
                ContributionParameters.load(), clock);
    }

    /** The answer, or {@code {"status":"REFUSED","field":…,"detail":…}} for what the staff member got wrong. */
    static Map<String, Object> refusedOr(Supplier<Map<String, Object>> answer) {
        try {
            return answer.get();
        } catch (InvalidInput e) {
            return refused(e.field(), e.getMessage());
        } catch (NotFound | Conflict e) {
            return refused(null, e.getMessage());
        }
    }

    private static Map<String, Object> refused(String field, String detail) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "REFUSED");
        if (field != null) {
            answer.put("field", field);
        }
        answer.put("detail", detail);
        return answer;
    }
}
