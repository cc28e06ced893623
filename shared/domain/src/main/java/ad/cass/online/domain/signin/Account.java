package ad.cass.online.domain.signin;

import ad.cass.online.domain.person.Person;
import java.util.List;

/**
 * What a sign-in needs, read in one go: the person, their PIN hash (null when they have no PIN yet) and
 * the dependants in their charge.
 */
public record Account(Person person, String pinHash, List<Person> dependants) {
    public Account {
        dependants = List.copyOf(dependants);
    }
}
