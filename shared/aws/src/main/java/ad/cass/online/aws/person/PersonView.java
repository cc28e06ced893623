package ad.cass.online.aws.person;

import ad.cass.online.domain.person.Person;

/** The person as the portal shows them in the header and the profile switcher. */
public record PersonView(String cassNumber, String givenName, String familyName, String insuredType) {
    public static PersonView of(Person p) {
        return new PersonView(p.cassNumber().value(), p.givenName(), p.familyName(), p.type().name());
    }
}
