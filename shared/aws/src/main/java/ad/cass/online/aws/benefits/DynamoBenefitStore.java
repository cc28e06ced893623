package ad.cass.online.aws.benefits;

import static ad.cass.online.aws.dynamodb.Attrs.l;
import static ad.cass.online.aws.dynamodb.Attrs.list;
import static ad.cass.online.aws.dynamodb.Attrs.m;
import static ad.cass.online.aws.dynamodb.Attrs.n;
import static ad.cass.online.aws.dynamodb.Attrs.num;
import static ad.cass.online.aws.dynamodb.Attrs.optStr;
import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.benefits.BenefitStore;
import ad.cass.online.domain.benefits.Payment;
import ad.cass.online.domain.benefits.SickLeave;
import ad.cass.online.domain.benefits.WorkSuspension;
import ad.cass.online.domain.person.CassNumber;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Sick leaves, payments and work suspensions in the Records table ({@link RecordsKeys#sickLeave},
 * {@link RecordsKeys#payment}, {@link RecordsKeys#workSuspension}): sort keys that start with their date, so a period of
 * payments is one key range; a leave's extensions and days paid nested in its item.
 */
public final class DynamoBenefitStore implements BenefitStore {
    private final PersonRecords records;

    public DynamoBenefitStore(DynamoDbClient dynamo, String table) {
        this.records = new PersonRecords(dynamo, table);
    }

    @Override
    public void saveSickLeaves(List<SickLeave> leaves) {
        records.write(leaves, leave -> {
            Map<String, AttributeValue> item = PersonRecords.item(RecordsKeys.sickLeave(leave.subject(), leave.start(), leave.id()));
            item.put("id", s(leave.id()));
            item.put("declarantNumber", s(leave.declarantNumber()));
            item.put("declarantName", s(leave.declarantName()));
            item.put("start", s(leave.start().toString()));
            if (leave.end() != null) {
                item.put("end", s(leave.end().toString()));
            }
            item.put("extensions", l(leave.extensions().stream().map(e -> m(Map.of(
                    "issuedOn", s(e.issuedOn().toString()), "until", s(e.until().toString())))).toList()));
            item.put("payments", l(leave.payments().stream().map(p -> {
                Map<String, AttributeValue> paid = new HashMap<>(Map.of("from", s(p.from().toString()), "to", s(p.to().toString()),
                        "payer", s(p.payer().name()), "dailyCents", n(p.dailyCents())));
                if (p.paidOn() != null) {
                    paid.put("paidOn", s(p.paidOn().toString()));
                }
                return m(paid);
            }).toList()));
            return item;
        });
    }

    @Override
    public void savePayments(List<Payment> payments) {
        records.write(payments, p -> {
            Map<String, AttributeValue> item = PersonRecords.item(RecordsKeys.payment(p.subject(), p.paidOn(), p.id()));
            item.put("id", s(p.id()));
            item.put("paidOn", s(p.paidOn().toString()));
            item.put("kind", s(p.kind().name()));
            item.put("concept", s(p.concept()));
            item.put("amountCents", n(p.amountCents()));
            return item;
        });
    }

    @Override
    public void saveWorkSuspensions(List<WorkSuspension> suspensions) {
        records.write(suspensions, w -> {
            Map<String, AttributeValue> item = PersonRecords.item(RecordsKeys.workSuspension(w.subject(), w.from(), w.declarantNumber()));
            item.put("declarantNumber", s(w.declarantNumber()));
            item.put("declarantName", s(w.declarantName()));
            item.put("kind", s(w.kind().name()));
            item.put("from", s(w.from().toString()));
            if (w.to() != null) {
                item.put("to", s(w.to().toString()));
            }
            item.put("reductionPercent", n(w.reductionPercent()));
            item.put("benefitPaidCents", n(w.benefitPaidCents()));
            return item;
        });
    }

    @Override
    public List<SickLeave> sickLeaves(CassNumber subject) {
        return records.query(subject, RecordsKeys.SICK_LEAVE, i -> new SickLeave(subject, str(i, "id"), str(i, "declarantNumber"),
                str(i, "declarantName"), LocalDate.parse(str(i, "start")), optStr(i, "end").map(LocalDate::parse).orElse(null),
                list(i, "extensions").stream().map(AttributeValue::m).map(e -> new SickLeave.Extension(
                        LocalDate.parse(str(e, "issuedOn")), LocalDate.parse(str(e, "until")))).toList(),
                list(i, "payments").stream().map(AttributeValue::m).map(p -> new SickLeave.DaysPaid(LocalDate.parse(str(p, "from")),
                        LocalDate.parse(str(p, "to")), SickLeave.Payer.valueOf(str(p, "payer")), num(p, "dailyCents"),
                        optStr(p, "paidOn").map(LocalDate::parse).orElse(null))).toList()));
    }

    /** One Query over the period's key range, newest first (five years at most: the service bounds it). */
    @Override
    public List<Payment> payments(CassNumber subject, LocalDate from, LocalDate to) {
        return records.between(subject, RecordsKeys.PAYMENT + from, RecordsKeys.PAYMENT + to + "#" + RecordsKeys.END, 0).stream()
                .map(i -> new Payment(subject, str(i, "id"), LocalDate.parse(str(i, "paidOn")), Payment.Kind.valueOf(str(i, "kind")),
                        str(i, "concept"), num(i, "amountCents"))).toList();
    }

    @Override
    public List<WorkSuspension> workSuspensions(CassNumber subject) {
        return records.query(subject, RecordsKeys.WORK_SUSPENSION, i -> new WorkSuspension(subject, str(i, "declarantNumber"),
                str(i, "declarantName"), WorkSuspension.Kind.valueOf(str(i, "kind")), LocalDate.parse(str(i, "from")),
                optStr(i, "to").map(LocalDate::parse).orElse(null), (int) num(i, "reductionPercent"), num(i, "benefitPaidCents")));
    }
}
