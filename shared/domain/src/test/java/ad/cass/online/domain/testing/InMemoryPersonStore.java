package ad.cass.online.domain.testing;

import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.person.PersonStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The person store as a map, for unit tests of the rules: a fake of our own port (never a mock of an AWS
 * client). Like the DynamoDB adapter, a household lists every copy filed under the holder, stale ones
 * included, so the rules must tell a current dependant from a former one themselves.
 */
public final class InMemoryPersonStore implements PersonStore {
    private final Map<CassNumber, Person> people = new LinkedHashMap<>();
    private final Map<CassNumber, List<Person>> filedUnder = new LinkedHashMap<>();

    @Override
    public Optional<Person> find(CassNumber cassNumber) {
        return Optional.ofNullable(people.get(cassNumber));
    }

    @Override
    public Optional<Household> household(CassNumber cassNumber) {
        return find(cassNumber).map(p -> new Household(p, filedUnder.getOrDefault(cassNumber, List.of())));
    }

    @Override
    public void save(Person person) {
        people.put(person.cassNumber(), person);
        person.holderNumber().ifPresent(holder -> {
            List<Person> copies = filedUnder.computeIfAbsent(holder, h -> new ArrayList<>());
            copies.removeIf(p -> p.cassNumber().equals(person.cassNumber()));
            copies.add(person);
        });
    }

    /** A copy left under a former holder, as a link that was never cleaned up would leave it. */
    public void fileStaleCopy(CassNumber formerHolder, Person asTheyAreNow) {
        filedUnder.computeIfAbsent(formerHolder, h -> new ArrayList<>()).add(asTheyAreNow);
    }

    public void remove(CassNumber cassNumber) {
        people.remove(cassNumber);
    }
}
