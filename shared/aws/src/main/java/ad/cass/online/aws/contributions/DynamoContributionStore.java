package ad.cass.online.aws.contributions;

import static ad.cass.online.aws.dynamodb.Attrs.l;
import static ad.cass.online.aws.dynamodb.Attrs.list;
import static ad.cass.online.aws.dynamodb.Attrs.m;
import static ad.cass.online.aws.dynamodb.Attrs.n;
import static ad.cass.online.aws.dynamodb.Attrs.num;
import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.Attrs;
import ad.cass.online.aws.dynamodb.DynamoFaults;
import ad.cass.online.aws.dynamodb.PageCursors;
import ad.cass.online.aws.dynamodb.PeopleKeys;
import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.contributions.ContributionStore;
import ad.cass.online.domain.contributions.ForeignPeriod;
import ad.cass.online.domain.contributions.IncomeConcept;
import ad.cass.online.domain.contributions.IncomeMonth;
import ad.cass.online.domain.contributions.PointsYear;
import ad.cass.online.domain.contributions.Scheme;
import ad.cass.online.domain.person.CassNumber;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Income months, points years and totalised foreign periods in the Records table ({@link RecordsKeys#income},
 * {@link RecordsKeys#points}, {@link RecordsKeys#foreignPeriod}). A month's sort key starts with its {@code yyyy-MM},
 * so a period of months is one key range of one partition.
 */
public final class DynamoContributionStore implements ContributionStore {
    /** Items per DynamoDB page of a streamed read: what an export holds of the store at once (about 60 kB). */
    static final int STREAM_PAGE = 200;

    private final PersonRecords records;
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoContributionStore(DynamoDbClient dynamo, String table) {
        this.records = new PersonRecords(dynamo, table);
        this.dynamo = dynamo;
        this.table = table;
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

    @Override
    public void saveForeignPeriods(List<ForeignPeriod> periods) {
        records.write(periods, p -> {
            Map<String, AttributeValue> item = PersonRecords.item(RecordsKeys.foreignPeriod(p.subject(), p.from(), p.country()));
            item.put("country", s(p.country()));
            item.put("from", s(p.from().toString()));
            item.put("to", s(p.to().toString()));
            return item;
        });
    }

    @Override
    public List<ForeignPeriod> foreignPeriods(CassNumber subject) {
        return records.query(subject, RecordsKeys.FOREIGN_PERIOD, i -> new ForeignPeriod(subject, str(i, "country"),
                LocalDate.parse(str(i, "from")), LocalDate.parse(str(i, "to"))));
    }

    /**
     * One Query over the period's key range, newest first, {@code limit + 1} items: the extra one only tells whether a
     * page follows, so the last page never hands out a cursor to an empty one.
     */
    @Override
    public IncomePage income(CassNumber subject, YearMonth from, YearMonth to, int limit, String cursor) {
        String partition = PeopleKeys.person(subject);
        String lowest = lowest(from);
        String highest = highest(to);
        // a cursor outside the period (forged, or from another period) would make DynamoDB refuse the Query: a 400
        Map<String, AttributeValue> start = PageCursors.start(partition, cursor,
                sk -> sk.startsWith(RecordsKeys.INCOME) && sk.compareTo(lowest) >= 0 && sk.compareTo(highest) <= 0);
        return DynamoFaults.call(() -> {
            QueryResponse response = dynamo.query(range(partition, lowest, highest).scanIndexForward(false)
                    .limit(limit + 1).exclusiveStartKey(start).build());
            List<Map<String, AttributeValue>> items = response.items();
            boolean more = items.size() > limit;
            List<Map<String, AttributeValue>> shown = more ? items.subList(0, limit) : items;
            return new IncomePage(shown.stream().map(i -> incomeMonth(subject, i)).toList(),
                    more ? PageCursors.of(str(shown.get(shown.size() - 1), Attrs.SK)) : null);
        });
    }

    @Override
    public List<IncomeMonth> month(CassNumber subject, YearMonth month) {
        return records.query(subject, RecordsKeys.INCOME + month + "#", i -> incomeMonth(subject, i)).stream()
                .sorted(java.util.Comparator.comparing(IncomeMonth::declarantNumber)).toList();
    }

    /** Oldest first, {@value #STREAM_PAGE} items per DynamoDB page, each page handed over and dropped before the next is read. */
    @Override
    public void forEachIncome(CassNumber subject, YearMonth from, YearMonth to, Consumer<IncomeMonth> sink) {
        String partition = PeopleKeys.person(subject);
        QueryRequest query = range(partition, lowest(from), highest(to)).scanIndexForward(true).limit(STREAM_PAGE).build();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> exclusiveStart = start;
            QueryResponse page = DynamoFaults.call(() -> dynamo.query(query.toBuilder().exclusiveStartKey(exclusiveStart).build()));
            page.items().forEach(i -> sink.accept(incomeMonth(subject, i)));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
    }

    @Override
    public Optional<YearMonth> firstMonth(CassNumber subject) {
        return DynamoFaults.call(() -> dynamo.query(r -> r.tableName(table)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                        .expressionAttributeValues(Map.of(":pk", s(PeopleKeys.person(subject)), ":prefix", s(RecordsKeys.INCOME)))
                        .projectionExpression("sk").limit(1))
                .items().stream().findFirst().map(i -> monthOf(str(i, Attrs.SK))));
    }

    /** The sort keys only (a Query that projects {@code sk}): the months are in them. */
    @Override
    public int contributedMonths(CassNumber subject) {
        return DynamoFaults.call(() -> {
            Set<YearMonth> months = new HashSet<>();
            dynamo.queryPaginator(r -> r.tableName(table)
                            .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                            .expressionAttributeValues(Map.of(":pk", s(PeopleKeys.person(subject)), ":prefix", s(RecordsKeys.INCOME)))
                            .projectionExpression("sk"))
                    .items().forEach(i -> months.add(monthOf(str(i, Attrs.SK))));
            return months.size();
        });
    }

    private QueryRequest.Builder range(String partition, String lowest, String highest) {
        return QueryRequest.builder().tableName(table)
                .keyConditionExpression("pk = :pk AND sk BETWEEN :low AND :high")
                .expressionAttributeValues(Map.of(":pk", s(partition), ":low", s(lowest), ":high", s(highest)));
    }

    private static String lowest(YearMonth from) {
        return RecordsKeys.INCOME + (from == null ? "" : from.toString());
    }

    private static String highest(YearMonth to) {
        return RecordsKeys.INCOME + to + "#" + RecordsKeys.END;
    }

    /** {@code INCOME#2026-10#507342} → 2026-10. */
    private static YearMonth monthOf(String sortKey) {
        return YearMonth.parse(sortKey.substring(RecordsKeys.INCOME.length(), RecordsKeys.INCOME.length() + 7));
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
