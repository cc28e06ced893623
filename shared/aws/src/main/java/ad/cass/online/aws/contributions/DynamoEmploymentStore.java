package ad.cass.online.aws.contributions;

import static ad.cass.online.aws.dynamodb.Attrs.optStr;
import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.contributions.EmploymentPeriod;
import ad.cass.online.domain.contributions.EmploymentStore;
import ad.cass.online.domain.contributions.Scheme;
import ad.cass.online.domain.person.CassNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Periods of registration in the Records table ({@link RecordsKeys#employment}), one item each. */
public final class DynamoEmploymentStore implements EmploymentStore {
    private final PersonRecords records;

    public DynamoEmploymentStore(DynamoDbClient dynamo, String table) {
        this.records = new PersonRecords(dynamo, table);
    }

    @Override
    public List<EmploymentPeriod> periods(CassNumber subject) {
        return records.query(subject, RecordsKeys.EMPLOYMENT, i -> period(subject, i));
    }

    @Override
    public void save(List<EmploymentPeriod> periods) {
        records.write(periods, p -> {
            Map<String, AttributeValue> item = PersonRecords.item(RecordsKeys.employment(p.subject(), p.from(), p.declarantNumber()));
            item.put("declarantNumber", s(p.declarantNumber()));
            item.put("declarantName", s(p.declarantName()));
            item.put("scheme", s(p.scheme().name()));
            item.put("from", s(p.from().toString()));
            if (p.to() != null) {
                item.put("to", s(p.to().toString()));
            }
            return item;
        });
    }

    private static EmploymentPeriod period(CassNumber subject, Map<String, AttributeValue> i) {
        return new EmploymentPeriod(subject, str(i, "declarantNumber"), str(i, "declarantName"), Scheme.valueOf(str(i, "scheme")),
                LocalDate.parse(str(i, "from")), optStr(i, "to").map(LocalDate::parse).orElse(null));
    }
}
