package ad.cass.online.aws.reimbursements;

import static ad.cass.online.aws.dynamodb.Attrs.l;
import static ad.cass.online.aws.dynamodb.Attrs.list;
import static ad.cass.online.aws.dynamodb.Attrs.m;
import static ad.cass.online.aws.dynamodb.Attrs.n;
import static ad.cass.online.aws.dynamodb.Attrs.num;
import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.Attrs;
import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.reimbursements.BenefitKind;
import ad.cass.online.domain.reimbursements.Payee;
import ad.cass.online.domain.reimbursements.ReimbursedAct;
import ad.cass.online.domain.reimbursements.ReimbursementSheet;
import ad.cass.online.domain.reimbursements.ReimbursementStatus;
import ad.cass.online.domain.reimbursements.ReimbursementStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Benefit sheets in the Records table ({@link RecordsKeys#reimbursement}), acts nested in their sheet. */
public final class DynamoReimbursementStore implements ReimbursementStore {
    private final PersonRecords records;

    public DynamoReimbursementStore(DynamoDbClient dynamo, String table) {
        this.records = new PersonRecords(dynamo, table);
    }

    @Override
    public void saveReimbursements(List<ReimbursementSheet> sheets) {
        records.write(sheets, r -> {
            Map<String, AttributeValue> item = PersonRecords.item(RecordsKeys.reimbursement(r.subject(), r.firstActDate(), r.sheetNumber()));
            item.put("sheetNumber", s(r.sheetNumber()));
            item.put("firstActDate", s(r.firstActDate().toString()));
            item.put("provider", s(r.provider()));
            item.put("payee", s(r.payee().name()));
            item.put("status", s(r.status().name()));
            item.put("kind", s(r.kind().name()));
            item.put("acts", l(r.acts().stream().map(a -> m(Map.of(
                    "date", s(a.date().toString()), "code", s(a.code()), "description", s(a.description()),
                    "quantity", n(a.quantity()), "unitPriceCents", n(a.unitPriceCents()),
                    "reimbursedCents", n(a.reimbursedCents())))).toList()));
            return item;
        });
    }

    @Override
    public List<ReimbursementSheet> reimbursements(CassNumber subject) {
        return records.query(subject, RecordsKeys.REIMBURSEMENT, i -> sheet(subject, i));
    }

    /** One Query: the sort keys sort by the first act's date. */
    @Override
    public List<ReimbursementSheet> between(CassNumber subject, LocalDate from, LocalDate to) {
        return records.between(subject, RecordsKeys.REIMBURSEMENT + from, RecordsKeys.REIMBURSEMENT + to + "#" + RecordsKeys.END, 0)
                .stream().map(i -> sheet(subject, i)).toList();
    }

    /** By its number: one Query of the person's sheets, filtered by DynamoDB. */
    @Override
    public Optional<ReimbursementSheet> find(CassNumber subject, String sheetNumber) {
        return records.firstWith(subject, RecordsKeys.REIMBURSEMENT, "sheetNumber", sheetNumber).map(i -> sheet(subject, i));
    }

    /** A benefit sheet from its item: every read of the table maps it the same way. */
    public static ReimbursementSheet sheet(CassNumber subject, Map<String, AttributeValue> i) {
        return new ReimbursementSheet(subject, str(i, "sheetNumber"),
                LocalDate.parse(str(i, "firstActDate")), str(i, "provider"), Payee.valueOf(str(i, "payee")),
                ReimbursementStatus.valueOf(str(i, "status")),
                list(i, "acts").stream().map(AttributeValue::m).map(a -> new ReimbursedAct(
                        LocalDate.parse(str(a, "date")), str(a, "code"), str(a, "description"),
                        (int) num(a, "quantity"), num(a, "unitPriceCents"), num(a, "reimbursedCents"))).toList(),
                BenefitKind.valueOf(Attrs.optStr(i, "kind").orElse(BenefitKind.MEDICAL.name())));
    }
}
