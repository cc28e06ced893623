package ad.cass.online.domain.doctors;

import java.util.List;
import java.util.Optional;

/** The directory of doctors a person may choose as referring doctor (seeds 001/002). */
public interface DoctorDirectory {
    Optional<Doctor> find(String id);

    /** Every doctor, for the portal's choice list, in the directory's order (by id). */
    List<Doctor> all();

    /** Adds or replaces a doctor (demo data, tests). */
    void save(Doctor doctor);
}
