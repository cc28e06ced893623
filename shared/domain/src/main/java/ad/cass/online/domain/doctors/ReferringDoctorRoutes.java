package ad.cass.online.domain.doctors;

import ad.cass.online.domain.access.AccessEntry;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.person.CassNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The referring doctor of the person the caller acts as (seeds 001/002), through the access guard: health
 * data, so a holder may see and change their dependant's (seed 000 §1.1), a stranger never.
 */
public final class ReferringDoctorRoutes {
    /** What the page shows: today's doctor, a change that takes effect tomorrow, and whom one may choose. */
    public record Situation(Optional<DoctorAssignment> current, Optional<DoctorAssignment> pending, List<Doctor> choices) {
    }

    private final AccessGuard guard;
    private final ReferringDoctorService doctors;

    public ReferringDoctorRoutes(AccessGuard guard, ReferringDoctorService doctors) {
        this.guard = guard;
        this.doctors = doctors;
    }

    public Situation situation(Principal caller) {
        CassNumber subject = guard.subject(caller, DataCategory.HEALTH).person();
        return situationOf(subject);
    }

    public List<DoctorAssignment> history(Principal caller) {
        return doctors.history(guard.subject(caller, DataCategory.HEALTH).person());
    }

    /** Seeds 001/002, "L'assignació o canvi del metge referent": effective tomorrow. */
    public Situation change(Principal caller, String doctorId) {
        CassNumber subject = guard.subject(caller, DataCategory.HEALTH, AccessEntry.Operation.WRITE).person();
        doctors.change(subject, doctorId);
        return situationOf(subject);
    }

    /** One read of the history serves today's doctor and tomorrow's. */
    private Situation situationOf(CassNumber subject) {
        List<DoctorAssignment> periods = doctors.history(subject);
        LocalDate today = doctors.today();
        return new Situation(ReferringDoctorService.current(periods, today), ReferringDoctorService.pending(periods, today),
                doctors.choices());
    }
}
