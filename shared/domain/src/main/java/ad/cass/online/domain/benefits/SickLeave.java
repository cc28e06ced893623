package ad.cass.online.domain.benefits;

import ad.cass.online.domain.person.CassNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A sick leave the person presented (seeds 001/002, "El detall de les baixes mèdiques presentades"; DOMAIN.md: baixa
 * mèdica, incapacitat temporal): the declarant it was presented to, when it began, its medical extensions (pròrrogues)
 * and what was paid for its days, and by whom. No diagnosis: the portal shows the administrative record only.
 *
 * @param end null while it lasts
 */
public record SickLeave(CassNumber subject, String id, String declarantNumber, String declarantName, LocalDate start,
                        LocalDate end, List<Extension> extensions, List<DaysPaid> payments) {
    public SickLeave {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        extensions = List.copyOf(extensions);
        payments = List.copyOf(payments);
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("a sick leave ends on or after it starts");
        }
    }

    /** A medical extension (pròrroga): issued on a day, it extends the leave to {@code until}. */
    public record Extension(LocalDate issuedOn, LocalDate until) {
    }

    /** Who pays the days of a temporary incapacity. */
    public enum Payer { EMPLOYER, CASS }

    /** Days of the leave paid by one payer at one daily rate, in cents; {@code amountCents} is days × rate. */
    public record DaysPaid(LocalDate from, LocalDate to, Payer payer, long dailyCents, LocalDate paidOn) {
        public int days() {
            return (int) java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        }

        public long amountCents() {
            return Math.multiplyExact(dailyCents, days());
        }
    }

    public boolean ongoing(LocalDate today) {
        return end == null || !end.isBefore(today);
    }

    /** The days paid by {@code payer}, every payment together. */
    public int daysPaidBy(Payer payer) {
        return payments.stream().filter(p -> p.payer() == payer).mapToInt(DaysPaid::days).sum();
    }

    public long amountPaidBy(Payer payer) {
        return payments.stream().filter(p -> p.payer() == payer).mapToLong(DaysPaid::amountCents).reduce(0, Math::addExact);
    }
}
