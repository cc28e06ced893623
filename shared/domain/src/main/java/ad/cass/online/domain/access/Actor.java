package ad.cass.online.domain.access;

import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.person.Person;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is asking: the logged-in person, with the dependants in their charge and their declarant roles. */
public record Actor(CassNumber self, Set<CassNumber> dependants, Set<String> declarantNumbers) {

    public Actor {
        dependants = Set.copyOf(dependants);
        declarantNumbers = Set.copyOf(declarantNumbers);
    }

    public static Actor of(Person person, List<Person> dependants) {
        return new Actor(person.cassNumber(),
                dependants.stream()
                        .filter(d -> d.type() == InsuredType.INDIRECT && person.cassNumber().equals(d.holder()))
                        .map(Person::cassNumber)
                        .collect(Collectors.toSet()),
                person.declarants().stream().map(d -> d.number()).collect(Collectors.toSet()));
    }
}
