package ad.cass.online.domain.doctors;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.person.CassNumber;
import java.util.List;
import java.util.Optional;

/**
 * A person's periods with a referring doctor (seeds 001/002: "L'històric de relacions de metges referents"),
 * one per {@link DoctorAssignment#from() start day}: a period opening on a day that already has one replaces it.
 */
public interface DoctorAssignmentStore {
    /** Every period of the person, newest first. */
    List<DoctorAssignment> history(CassNumber subject);

    /**
     * Closes the current period and opens the next one, all or nothing.
     *
     * @param closing the current period as it is to be written, its {@code to} set; the store writes it only if
     *                the stored period still has no end or already this one, or it refuses the whole change
     * @param opening the new period; it replaces a period that opens on the same day (a pending change)
     * @throws InvalidInput on field {@code doctorId} when the current period changed meanwhile
     */
    void change(CassNumber subject, Optional<DoctorAssignment> closing, DoctorAssignment opening);
}
