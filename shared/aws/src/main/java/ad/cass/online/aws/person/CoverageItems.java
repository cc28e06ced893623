package ad.cass.online.aws.person;

import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Coverage;
import java.time.LocalDate;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Health cover as an item of the Records table ({@link RecordsKeys#coverage}). */
public final class CoverageItems {
    private CoverageItems() {
    }

    public static Map<String, AttributeValue> item(Coverage c) {
        Map<String, AttributeValue> item = PersonRecords.item(RecordsKeys.coverage(c.subject()));
        item.put("status", s(c.status().name()));
        item.put("since", s(c.since().toString()));
        return item;
    }

    public static Coverage coverage(CassNumber subject, Map<String, AttributeValue> i) {
        return new Coverage(subject, Coverage.Status.valueOf(str(i, "status")), LocalDate.parse(str(i, "since")));
    }
}
