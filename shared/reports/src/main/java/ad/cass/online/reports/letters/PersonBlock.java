package ad.cass.online.reports.letters;

import ad.cass.online.domain.person.Person;
import ad.cass.online.reports.Field;
import java.util.List;
import java.util.Map;

/** What every certificate says about whom it is: the name, the CASS number and the date of birth, and their values. */
final class PersonBlock {
    private PersonBlock() {
    }

    static List<Field> of(Person person, LetterTexts texts) {
        return List.of(new Field(texts.get("label.name"), person.fullName()),
                new Field(texts.get("label.cassNumber"), person.cassNumber().value()),
                new Field(texts.get("label.birthDate"), LetterTexts.date(person.birthDate())));
    }

    /** {name} and {cass}, which every certifying paragraph names. */
    static Map<String, String> names(Person person) {
        return Map.of("name", person.fullName(), "cass", person.cassNumber().value());
    }
}
