package ad.cass.online.aws.declarants;

import static ad.cass.online.aws.dynamodb.Attrs.l;
import static ad.cass.online.aws.dynamodb.Attrs.list;
import static ad.cass.online.aws.dynamodb.Attrs.m;
import static ad.cass.online.aws.dynamodb.Attrs.n;
import static ad.cass.online.aws.dynamodb.Attrs.num;
import static ad.cass.online.aws.dynamodb.Attrs.optStr;
import static ad.cass.online.aws.dynamodb.Attrs.putIfPresent;
import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.declarants.Branch;
import ad.cass.online.domain.declarants.ContributionCalculator;
import ad.cass.online.domain.declarants.ContributionSheet;
import ad.cass.online.domain.declarants.DeclarantFile;
import ad.cass.online.domain.declarants.EmployeeRecord;
import ad.cass.online.domain.declarants.OwnAccountChoice;
import ad.cass.online.domain.declarants.SalaryConcept;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.DeclarantKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A declarant's records as items of the Records table ({@link RecordsKeys#declarant}), and back (issue 22). */
public final class DeclarantItems {
    static final String PENDING_CHANGE = "pendingChange";
    static final String PAYMENT = "payment";

    private DeclarantItems() {
    }

    public static Map<String, AttributeValue> file(DeclarantFile f) {
        Map<String, AttributeValue> item = PersonRecords.item(RecordsKeys.declarantFile(f.number()));
        item.put("number", s(f.number()));
        item.put("kind", s(f.kind().name()));
        item.put("name", s(f.name()));
        item.put("holder", s(f.holder().value()));
        item.put("registeredOn", s(f.registeredOn().toString()));
        putIfPresent(item, "address", f.address());
        putIfPresent(item, "activity", f.activity());
        putIfPresent(item, "email", f.email());
        putIfPresent(item, "phone", f.phone());
        putIfPresent(item, "iban", f.iban());
        if (f.pendingChange() != null) {
            item.put(PENDING_CHANGE, pendingChange(f.pendingChange()));
        }
        return item;
    }

    static AttributeValue pendingChange(DeclarantFile.PendingChange c) {
        Map<String, AttributeValue> values = new HashMap<>();
        c.values().forEach((k, v) -> values.put(k, s(v)));
        return m(Map.of("procedureCode", s(c.procedureCode()), "requestedOn", s(c.requestedOn().toString()), "values", m(values)));
    }

    static DeclarantFile file(Map<String, AttributeValue> i) {
        DeclarantFile.PendingChange change = null;
        AttributeValue pending = i.get(PENDING_CHANGE);
        if (pending != null && pending.hasM()) {
            Map<String, AttributeValue> c = pending.m();
            Map<String, String> values = new TreeMap<>();
            c.get("values").m().forEach((k, v) -> values.put(k, v.s()));
            change = new DeclarantFile.PendingChange(str(c, "procedureCode"), LocalDate.parse(str(c, "requestedOn")), values);
        }
        return new DeclarantFile(str(i, "number"), DeclarantKind.valueOf(str(i, "kind")), str(i, "name"),
                CassNumber.of(str(i, "holder")), optStr(i, "address").orElse(null), optStr(i, "activity").orElse(null),
                optStr(i, "email").orElse(null), optStr(i, "phone").orElse(null), optStr(i, "iban").orElse(null),
                LocalDate.parse(str(i, "registeredOn")), change);
    }

    public static Map<String, AttributeValue> sheet(ContributionSheet sheet) {
        Map<String, AttributeValue> item = PersonRecords.item(RecordsKeys.sheet(sheet.declarantNumber(), sheet.period()));
        item.put("declarantNumber", s(sheet.declarantNumber()));
        item.put("period", s(sheet.period().toString()));
        item.put("declaredAt", s(sheet.declaredAt().toString()));
        item.put("dueDate", s(sheet.dueDate().toString()));
        putIfPresent(item, "requestKey", sheet.requestKey());
        item.put("lines", l(sheet.lines().stream().map(DeclarantItems::line).toList()));
        if (sheet.payment() != null) {
            item.put(PAYMENT, payment(sheet.payment()));
        }
        return item;
    }

    static AttributeValue payment(ContributionSheet.Payment p) {
        Map<String, AttributeValue> payment = new HashMap<>();
        payment.put("reference", s(p.reference()));
        payment.put("orderedAt", s(p.orderedAt().toString()));
        payment.put("amountCents", n(p.amountCents()));
        if (p.paidOn() != null) {
            payment.put("paidOn", s(p.paidOn().toString()));
        }
        return m(payment);
    }

    private static AttributeValue line(ContributionSheet.Line line) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("cassNumber", s(line.cassNumber().value()));
        putIfPresent(item, "name", line.name());
        item.put("days", n(line.days()));
        item.put("salary", l(line.salary().stream().map(sl -> m(Map.of("concept", s(sl.concept().name()), "cents", n(sl.cents())))).toList()));
        item.put("baseCents", n(line.contribution().baseCents()));
        item.put("shares", l(line.contribution().shares().stream().map(sh -> m(Map.of(
                "branch", s(sh.branch().name()),
                "employerPercent", AttributeValue.fromN(sh.employerPercent().toPlainString()),
                "employeePercent", AttributeValue.fromN(sh.employeePercent().toPlainString()),
                "employerCents", n(sh.employerCents()),
                "employeeCents", n(sh.employeeCents())))).toList()));
        return m(item);
    }

    static ContributionSheet sheet(Map<String, AttributeValue> i) {
        ContributionSheet.Payment payment = null;
        AttributeValue p = i.get(PAYMENT);
        if (p != null && p.hasM()) {
            Map<String, AttributeValue> pm = p.m();
            payment = new ContributionSheet.Payment(str(pm, "reference"), Instant.parse(str(pm, "orderedAt")), num(pm, "amountCents"),
                    optStr(pm, "paidOn").map(LocalDate::parse).orElse(null));
        }
        return new ContributionSheet(str(i, "declarantNumber"), YearMonth.parse(str(i, "period")),
                list(i, "lines").stream().map(a -> line(a.m())).toList(), Instant.parse(str(i, "declaredAt")),
                LocalDate.parse(str(i, "dueDate")), optStr(i, "requestKey").orElse(null), payment);
    }

    private static ContributionSheet.Line line(Map<String, AttributeValue> i) {
        return new ContributionSheet.Line(CassNumber.of(str(i, "cassNumber")), optStr(i, "name").orElse(null), (int) num(i, "days"),
                list(i, "salary").stream().map(a -> new ContributionSheet.SalaryLine(SalaryConcept.valueOf(str(a.m(), "concept")),
                        num(a.m(), "cents"))).toList(),
                new ContributionCalculator.Contribution(num(i, "baseCents"), list(i, "shares").stream().map(a -> {
                    Map<String, AttributeValue> sh = a.m();
                    return new ContributionCalculator.Share(Branch.valueOf(str(sh, "branch")), new BigDecimal(sh.get("employerPercent").n()),
                            new BigDecimal(sh.get("employeePercent").n()), num(sh, "employerCents"), num(sh, "employeeCents"));
                }).toList()));
    }

    public static Map<String, AttributeValue> employee(EmployeeRecord e) {
        Map<String, AttributeValue> item = PersonRecords.item(RecordsKeys.employee(e.declarantNumber(), e.cassNumber(), e.from()));
        item.put("declarantNumber", s(e.declarantNumber()));
        item.put("cassNumber", s(e.cassNumber().value()));
        item.put("name", s(e.name()));
        item.put("from", s(e.from().toString()));
        putIfPresent(item, "to", e.to() == null ? null : e.to().toString());
        return item;
    }

    static EmployeeRecord employee(Map<String, AttributeValue> i) {
        return new EmployeeRecord(str(i, "declarantNumber"), CassNumber.of(str(i, "cassNumber")), str(i, "name"),
                LocalDate.parse(str(i, "from")), optStr(i, "to").map(LocalDate::parse).orElse(null));
    }

    public static Map<String, AttributeValue> choice(OwnAccountChoice c) {
        Map<String, AttributeValue> item = PersonRecords.item(RecordsKeys.ownBase(c.declarantNumber(), c.effectiveFrom(), c.chosenAt()));
        item.put("declarantNumber", s(c.declarantNumber()));
        item.put("year", n(c.year()));
        item.put("bandPercent", AttributeValue.fromN(c.bandPercent().toPlainString()));
        item.put("baseCents", n(c.baseCents()));
        item.put("effectiveFrom", s(c.effectiveFrom().toString()));
        item.put("chosenAt", s(c.chosenAt().toString()));
        return item;
    }

    static OwnAccountChoice choice(Map<String, AttributeValue> i) {
        return new OwnAccountChoice(str(i, "declarantNumber"), (int) num(i, "year"), new BigDecimal(i.get("bandPercent").n()),
                num(i, "baseCents"), LocalDate.parse(str(i, "effectiveFrom")), Instant.parse(str(i, "chosenAt")));
    }
}
