package ad.cass.online.aws.dynamodb;

import static ad.cass.online.aws.dynamodb.Attrs.PK;
import static ad.cass.online.aws.dynamodb.Attrs.SK;
import static ad.cass.online.aws.dynamodb.Attrs.l;
import static ad.cass.online.aws.dynamodb.Attrs.list;
import static ad.cass.online.aws.dynamodb.Attrs.m;
import static ad.cass.online.aws.dynamodb.Attrs.n;
import static ad.cass.online.aws.dynamodb.Attrs.num;
import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.port.RecordStore;
import ad.cass.online.domain.records.DocumentRole;
import ad.cass.online.domain.records.IncomeConcept;
import ad.cass.online.domain.records.IncomeMonth;
import ad.cass.online.domain.records.Payee;
import ad.cass.online.domain.records.PointsYear;
import ad.cass.online.domain.records.Procedure;
import ad.cass.online.domain.records.ProcedureDocument;
import ad.cass.online.domain.records.ProcedureStatus;
import ad.cass.online.domain.records.ReimbursedAct;
import ad.cass.online.domain.records.ReimbursementSheet;
import ad.cass.online.domain.records.ReimbursementStatus;
import ad.cass.online.domain.records.Scheme;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Records table, one partition per person ({@code pk = PERSON#<cass number>}), one item per record, with
 * a sort key that sorts by date: {@code PROCEDURE#<start>#<code>}, {@code REIMBURSEMENT#<first act>#<sheet>},
 * {@code INCOME#<yyyy-MM>#<declarant>}, {@code POINTS#<yyyy>}. Lines (documents, acts, concepts) are nested
 * lists in their record's item: always read together, never alone.
 */
public final class DynamoRecordStore implements RecordStore {
    private static final int BATCH = 25;
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoRecordStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void saveProcedures(List<Procedure> procedures) {
        write(procedures, p -> {
            Map<String, AttributeValue> item = base(p.subject(), "PROCEDURE#" + p.startDate() + "#" + p.code());
            item.put("code", s(p.code()));
            item.put("type", s(p.type()));
            item.put("startDate", s(p.startDate().toString()));
            item.put("modifiedAt", s(p.modifiedAt().toString()));
            item.put("status", s(p.status().name()));
            item.put("professional", AttributeValue.fromBool(p.professional()));
            item.put("documents", l(p.documents().stream()
                    .map(d -> m(Map.of("name", s(d.name()), "role", s(d.role().name())))).toList()));
            return item;
        });
    }

    @Override
    public void saveReimbursements(List<ReimbursementSheet> sheets) {
        write(sheets, r -> {
            Map<String, AttributeValue> item = base(r.subject(), "REIMBURSEMENT#" + r.firstActDate() + "#" + r.sheetNumber());
            item.put("sheetNumber", s(r.sheetNumber()));
            item.put("firstActDate", s(r.firstActDate().toString()));
            item.put("provider", s(r.provider()));
            item.put("payee", s(r.payee().name()));
            item.put("status", s(r.status().name()));
            item.put("acts", l(r.acts().stream().map(a -> m(Map.of(
                    "date", s(a.date().toString()), "code", s(a.code()), "description", s(a.description()),
                    "quantity", n(a.quantity()), "unitPriceCents", n(a.unitPriceCents()),
                    "reimbursedCents", n(a.reimbursedCents())))).toList()));
            return item;
        });
    }

    @Override
    public void saveIncome(List<IncomeMonth> months) {
        write(months, i -> {
            Map<String, AttributeValue> item = base(i.subject(), "INCOME#" + i.period() + "#" + i.declarantNumber());
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
        write(years, p -> {
            Map<String, AttributeValue> item = base(p.subject(), "POINTS#" + p.year());
            item.put("year", n(p.year()));
            item.put("pointsThousandths", n(p.pointsThousandths()));
            return item;
        });
    }

    @Override
    public List<Procedure> procedures(CassNumber subject) {
        return query(subject, "PROCEDURE#", i -> new Procedure(subject, str(i, "code"), str(i, "type"),
                LocalDate.parse(str(i, "startDate")), Instant.parse(str(i, "modifiedAt")),
                ProcedureStatus.valueOf(str(i, "status")), i.get("professional").bool(),
                list(i, "documents").stream().map(AttributeValue::m)
                        .map(d -> new ProcedureDocument(str(d, "name"), DocumentRole.valueOf(str(d, "role")))).toList()));
    }

    @Override
    public List<ReimbursementSheet> reimbursements(CassNumber subject) {
        return query(subject, "REIMBURSEMENT#", i -> new ReimbursementSheet(subject, str(i, "sheetNumber"),
                LocalDate.parse(str(i, "firstActDate")), str(i, "provider"), Payee.valueOf(str(i, "payee")),
                ReimbursementStatus.valueOf(str(i, "status")),
                list(i, "acts").stream().map(AttributeValue::m).map(a -> new ReimbursedAct(
                        LocalDate.parse(str(a, "date")), str(a, "code"), str(a, "description"),
                        (int) num(a, "quantity"), num(a, "unitPriceCents"), num(a, "reimbursedCents"))).toList()));
    }

    @Override
    public List<IncomeMonth> income(CassNumber subject) {
        return query(subject, "INCOME#", i -> new IncomeMonth(subject, YearMonth.parse(str(i, "period")),
                str(i, "declarantNumber"), str(i, "declarantName"), Scheme.valueOf(str(i, "scheme")),
                list(i, "concepts").stream().map(AttributeValue::m)
                        .map(c -> new IncomeConcept(str(c, "code"), str(c, "label"), num(c, "amountCents"))).toList()));
    }

    @Override
    public List<PointsYear> points(CassNumber subject) {
        return query(subject, "POINTS#", i -> new PointsYear(subject, (int) num(i, "year"), num(i, "pointsThousandths")));
    }

    private static Map<String, AttributeValue> base(CassNumber subject, String sk) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PK, s(DynamoPersonStore.pk(subject)));
        item.put(SK, s(sk));
        return item;
    }

    private <T> List<T> query(CassNumber subject, String prefix, Function<Map<String, AttributeValue>, T> mapper) {
        List<T> found = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                        .expressionAttributeValues(Map.of(":pk", s(DynamoPersonStore.pk(subject)), ":prefix", s(prefix)))
                        .scanIndexForward(false))
                .items()
                .forEach(item -> found.add(mapper.apply(item)));
        return found;
    }

    /** BatchWriteItem in chunks of 25, retrying what DynamoDB hands back unprocessed. */
    private <T> void write(List<T> records, Function<T, Map<String, AttributeValue>> toItem) {
        for (int from = 0; from < records.size(); from += BATCH) {
            List<WriteRequest> chunk = records.subList(from, Math.min(records.size(), from + BATCH)).stream()
                    .map(r -> WriteRequest.builder().putRequest(PutRequest.builder().item(toItem.apply(r)).build()).build())
                    .toList();
            Map<String, List<WriteRequest>> pending = Map.of(table, chunk);
            int attempt = 0;
            while (!pending.isEmpty()) {
                var response = dynamo.batchWriteItem(BatchWriteItemRequest.builder().requestItems(pending).build());
                pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
                if (!pending.isEmpty()) {
                    backOff(++attempt);
                }
            }
        }
    }

    private static void backOff(int attempt) {
        if (attempt > 8) {
            throw new IllegalStateException("DynamoDB kept returning unprocessed items");
        }
        try {
            Thread.sleep(Math.min(1000L, 25L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing records", e);
        }
    }
}
