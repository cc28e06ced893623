package ad.cass.online.domain.doctors;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The doctor directory as a sorted map, for unit tests of the rules: a fake of our own port. */
final class InMemoryDoctorDirectory implements DoctorDirectory {
    private final Map<String, Doctor> doctors = new TreeMap<>();

    @Override
    public Optional<Doctor> find(String id) {
        return Optional.ofNullable(doctors.get(id));
    }

    @Override
    public List<Doctor> all() {
        return List.copyOf(doctors.values());
    }

    @Override
    public void save(Doctor doctor) {
        doctors.put(doctor.id(), doctor);
    }
}
