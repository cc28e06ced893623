package ad.cass.online.domain.benefits;

import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.period.DayPeriod;
import ad.cass.online.domain.person.CassNumber;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What seeds 001/002 list besides the income (issue 19): the sick leaves presented, the payments CASS made, the
 * suspensions and reductions of work. Professional data: a dependant's profile is refused (seed 000 §1.1).
 */
public final class BenefitService {
    private final AccessGuard guard;
    private final BenefitStore store;
    private final Clock clock;

    public BenefitService(AccessGuard guard, BenefitStore store, Clock clock) {
        this.guard = guard;
        this.store = store;
        this.clock = clock;
    }

    /** The sick leaves, newest first, and today (which tells the ongoing ones). */
    public record SickLeaves(List<SickLeave> leaves, LocalDate today) {
        public SickLeaves {
            leaves = List.copyOf(leaves);
        }
    }

    /** Seeds 001/002: "El detall de les baixes mèdiques presentades". */
    public SickLeaves sickLeaves(Principal caller) {
        CassNumber subject = guard.subject(caller, DataCategory.PROFESSIONAL).person();
        return new SickLeaves(store.sickLeaves(subject), today());
    }

    /** The payments of a period, newest first. */
    public record Payments(LocalDate from, LocalDate to, List<Payment> payments) {
        public Payments {
            payments = List.copyOf(payments);
        }

        public long totalCents() {
            return payments.stream().mapToLong(Payment::amountCents).reduce(0, Math::addExact);
        }
    }

    /**
     * Seeds 001/002: "L'abonament de les prestacions mèdiques, pensions i salaris", the last 12 months by default
     * (Andorra's today), another period of five years at most on request.
     */
    public Payments payments(Principal caller, LocalDate from, LocalDate to) {
        DayPeriod period = DayPeriod.asked(from, to, today());
        CassNumber subject = guard.subject(caller, DataCategory.PROFESSIONAL).person();
        return new Payments(period.from(), period.to(), store.payments(subject, period.from(), period.to()));
    }

    /** Seeds 001/002: "El detall assegurat suspensió temporal contracte treball/reducció jornada laboral". */
    public List<WorkSuspension> workSuspensions(Principal caller) {
        CassNumber subject = guard.subject(caller, DataCategory.PROFESSIONAL).person();
        return store.workSuspensions(subject);
    }

    private LocalDate today() {
        return clock.instant().atZone(CatalanFormat.ANDORRA).toLocalDate();
    }
}
