package ad.cass.online.domain.declarants;

import ad.cass.online.domain.person.CassNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A month's contribution sheet as declared (seed 002, "el full de cotització"; issue 22): its lines with what each
 * owes, the due date, and its payment. One per declarant and month.
 *
 * @param requestKey the Idempotency-Key it was declared with: the same request again answers this sheet
 * @param payment    null while nothing was ordered or paid
 */
public record ContributionSheet(String declarantNumber, YearMonth period, List<Line> lines, Instant declaredAt,
                                LocalDate dueDate, String requestKey, Payment payment) {

    /** One employee's month (or the self-employed person's own): days, the salary by concept, what it owes. */
    public record Line(CassNumber cassNumber, String name, int days, List<SalaryLine> salary,
                       ContributionCalculator.Contribution contribution) {
        public Line {
            salary = List.copyOf(salary);
        }
    }

    public record SalaryLine(SalaryConcept concept, long cents) {
    }

    public enum PaymentState { PENDING, ORDERED, PAID }

    /**
     * A payment order recorded (the bank's transfer awaited) or a payment made.
     *
     * @param amountCents contribution and surcharge as of the order
     * @param paidOn      the day the money came in; null while ordered
     */
    public record Payment(String reference, Instant orderedAt, long amountCents, LocalDate paidOn) {
        public PaymentState state() {
            return paidOn == null ? PaymentState.ORDERED : PaymentState.PAID;
        }
    }

    public ContributionSheet {
        Objects.requireNonNull(declarantNumber, "declarantNumber");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(declaredAt, "declaredAt");
        Objects.requireNonNull(dueDate, "dueDate");
        lines = List.copyOf(lines);
    }

    public PaymentState paymentState() {
        return payment == null ? PaymentState.PENDING : payment.state();
    }

    /** "PG-820451-2026-10": the payment of this sheet, one per sheet. */
    public String paymentId() {
        return paymentId(declarantNumber, period);
    }

    public static String paymentId(String declarantNumber, YearMonth period) {
        return "PG-" + declarantNumber + "-" + period;
    }

    /** "CASS-820451-202610": what the declarant quotes on the transfer, the same for the same sheet. */
    public String paymentReference() {
        return paymentReference(declarantNumber, period);
    }

    public static String paymentReference(String declarantNumber, YearMonth period) {
        return "CASS-" + declarantNumber + "-" + period.getYear() + String.format("%02d", period.getMonthValue());
    }

    public long baseCents() {
        return lines.stream().mapToLong(l -> l.contribution().baseCents()).reduce(0, Math::addExact);
    }

    public long employerCents() {
        return lines.stream().mapToLong(l -> l.contribution().employerCents()).reduce(0, Math::addExact);
    }

    public long employeeCents() {
        return lines.stream().mapToLong(l -> l.contribution().employeeCents()).reduce(0, Math::addExact);
    }

    public long contributionCents() {
        return Math.addExact(employerCents(), employeeCents());
    }

    /**
     * The surcharge on it as of {@code today}: declared late or not; paid (the day it came in), ordered (the day of
     * the order: the amount was fixed then) or, unpaid, today.
     */
    public long surchargeCents(ContributionSet.Surcharges rules, LocalDate today, java.time.ZoneId zone) {
        LocalDate settled = payment == null ? today
                : payment.paidOn() != null ? payment.paidOn() : LocalDate.ofInstant(payment.orderedAt(), zone);
        return rules.cents(contributionCents(), dueDate, LocalDate.ofInstant(declaredAt, zone), settled);
    }
}
