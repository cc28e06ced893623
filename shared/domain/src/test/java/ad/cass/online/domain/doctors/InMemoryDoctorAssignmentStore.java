package ad.cass.online.domain.doctors;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.person.CassNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The periods as maps keyed like the DynamoDB adapter's items (one per person and start day), for unit tests
 * of the rules: a period opening on a day that has one replaces it, and a change is checked and written whole
 * or not at all, with the adapter's condition on the closing period.
 */
final class InMemoryDoctorAssignmentStore implements DoctorAssignmentStore {
    private final Map<CassNumber, TreeMap<LocalDate, DoctorAssignment>> periods = new HashMap<>();
    /** Runs between the service's read and its write: a concurrent change, when a test needs one. */
    Runnable meanwhile = () -> { };
    int changes;

    void put(DoctorAssignment period) {
        periods.computeIfAbsent(period.subject(), s -> new TreeMap<>()).put(period.from(), period);
    }

    @Override
    public List<DoctorAssignment> history(CassNumber subject) {
        return new ArrayList<>(periods.getOrDefault(subject, new TreeMap<>()).descendingMap().values());
    }

    @Override
    public synchronized void change(CassNumber subject, Optional<DoctorAssignment> closing, DoctorAssignment opening) {
        meanwhile.run();
        closing.ifPresent(c -> {
            DoctorAssignment stored = periods.getOrDefault(subject, new TreeMap<>()).get(c.from());
            if (stored == null || !stored.doctorId().equals(c.doctorId())
                    || (stored.to() != null && !Objects.equals(stored.to(), c.to()))) {
                throw new InvalidInput("doctorId", ReferringDoctorService.CHANGED_MEANWHILE);
            }
        });
        closing.ifPresent(this::put);
        put(opening);
        changes++;
    }
}
