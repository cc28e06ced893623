package ad.cass.online.domain.port;

import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Person;
import java.util.List;
import java.util.Optional;

public interface PersonStore {
    Optional<Person> find(CassNumber cassNumber);

    /** The indirect insured persons whose holder is {@code holder}. */
    List<Person> dependantsOf(CassNumber holder);

    /** Writes the person and, for a dependant, the link under their holder, in one transaction. */
    void save(Person person);
}
