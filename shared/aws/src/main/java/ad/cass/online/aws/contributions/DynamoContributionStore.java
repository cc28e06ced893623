package ad.cass.online.aws.contributions;

import static ad.cass.online.aws.dynamodb.Attrs.l;
import static ad.cass.online.aws.dynamodb.Attrs.list;
import static ad.cass.online.aws.dynamodb.Attrs.m;
import static ad.cass.online.aws.dynamodb.Attrs.n;
import static ad.cass.online.aws.dynamodb.Attrs.num;
import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.contributions.ContributionStore;
import ad.cass.online.domain.contributions.IncomeConcept;
import ad.cass.online.domain.contributions.IncomeMonth;
import ad.cass.online.domain.contributions.PointsYear;
import ad.cass.online.domain.contributions.Scheme;
import ad.cass.online.domain.person.CassNumber;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Income months and points years in the Records table ({@link RecordsKeys#income}, {@link RecordsKeys#points}). */
public final class DynamoContributionStore implements ContributionStore {
    private final PersonRecords records;

    public DynamoContributionStore(DynamoDbClient dynamo, String table) {
        this.records = new PersonRecords(dynamo, table);
    }

    @Override
    public void saveIncome(List<IncomeMonth> months) {
        records.write(months, i -> {
            Map<String, AttributeValue> item = PersonRecords.item(RecordsKeys.income(i.subject(), i.period(), i.declarantNumber()));
            item.put("period", s(i.period().toString()));
            item.put("declarantNumber", s(i.declarantNumber()));
            item.put("declarantName", s(i.declarantName()));
            item.put("scheme", s(i.scheme().name()));
            item.put("concepts", l(i.concepts().stream().map(c -> m(Map.of(
                    "code", s(c.code()), "label", s(c.label()), "amountCents", n(c.amountCents())))).toList()));
            return item;
        });
    }

    @Override
    public void savePoints(List<PointsYear> years) {
        records.write(years, p -> {
            Map<String, AttributeValue> item = PersonRecords.item(RecordsKeys.points(p.subject(), p.year()));
            item.put("year", n(p.year()));
            item.put("pointsThousandths", n(p.pointsThousandths()));
            return item;
        });
    }

    @Override
    public List<IncomeMonth> income(CassNumber subject) {
        return records.query(subject, RecordsKeys.INCOME, i -> incomeMonth(subject, i));
    }

    @Override
    public List<PointsYear> points(CassNumber subject) {
        return records.query(subject, RecordsKeys.POINTS, i -> pointsYear(subject, i));
    }

    /** A month's income from one declarant, from its item: every read of the table maps it the same way. */
    public static IncomeMonth incomeMonth(CassNumber subject, Map<String, AttributeValue> i) {
        return new IncomeMonth(subject, YearMonth.parse(str(i, "period")),
                str(i, "declarantNumber"), str(i, "declarantName"), Scheme.valueOf(str(i, "scheme")),
                list(i, "concepts").stream().map(AttributeValue::m)
                        .map(c -> new IncomeConcept(str(c, "code"), str(c, "label"), num(c, "amountCents"))).toList());
    }

    public static PointsYear pointsYear(CassNumber subject, Map<String, AttributeValue> i) {
        return new PointsYear(subject, (int) num(i, "year"), num(i, "pointsThousandths"));
    }
}
