package ad.cass.online.domain.person;

import java.util.List;
import java.util.Optional;

public interface PersonStore {
    Optional<Person> find(CassNumber cassNumber);

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
