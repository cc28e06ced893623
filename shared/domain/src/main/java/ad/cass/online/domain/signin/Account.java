package ad.cass.online.domain.signin;

import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.settings.Language;
import java.util.List;
import java.util.Objects;

/**
 * What a sign-in needs, read in one go: the person, their PIN hash (null when they have no PIN yet), the
 * dependants in their charge, and the language of their settings, which the session will answer in.
 */
public record Account(Person person, String pinHash, List<Person> dependants, Language language) {
    public Account {
        dependants = List.copyOf(dependants);
        Objects.requireNonNull(language, "language");
    }

    /** A person who never chose a language: Catalan, the portal's first. */
    public Account(Person person, String pinHash, List<Person> dependants) {
        this(person, pinHash, dependants, Language.CA);
    }
}
