package ad.cass.online.domain.doctors;

import ad.cass.online.domain.person.CassNumber;
import java.time.LocalDate;

/**
 * One period with a referring doctor (metge referent, seeds 001/002): from the day it took effect to the
 * day before the next one did ({@code to} null while it lasts).
 */
public record DoctorAssignment(CassNumber subject, String doctorId, String doctorName, String speciality,
                               LocalDate from, LocalDate to) {
    public boolean currentOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** Chosen but not yet in effect on {@code day}. */
    public boolean pendingOn(LocalDate day) {
        return from.isAfter(day);
    }

    /** The same period ending on {@code day} (included). */
    public DoctorAssignment endingOn(LocalDate day) {
        return new DoctorAssignment(subject, doctorId, doctorName, speciality, from, day);
    }

    /** A period with {@code doctor} from {@code from}, open-ended. */
    public static DoctorAssignment opening(CassNumber subject, Doctor doctor, LocalDate from) {
        return new DoctorAssignment(subject, doctor.id(), doctor.name(), doctor.speciality(), from, null);
    }
}
