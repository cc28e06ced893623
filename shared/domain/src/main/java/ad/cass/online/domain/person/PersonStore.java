package ad.cass.online.domain.person;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface PersonStore {
    Optional<Person> find(CassNumber cassNumber);

    /**
     * The people found among {@code people}, by number; those not found are left out. One read per person unless the
     * store can do better (DynamoDB: batches of 100): for a run that writes to a page of people at once.
     */
    default Map<CassNumber, Person> findAll(Collection<CassNumber> people) {
        Map<CassNumber, Person> found = new HashMap<>();
        people.stream().distinct().forEach(n -> find(n).ifPresent(p -> found.put(n, p)));
        return found;
    }

    /** The person and the indirect insured persons in their charge. */
    Optional<Household> household(CassNumber cassNumber);

    /** Writes the person and, for a dependant, the link under their holder, in one transaction. */
    void save(Person person);

    record Household(Person person, List<Person> dependants) {
        public Household {
            dependants = List.copyOf(dependants);
        }
    }
}
