package ad.cass.online.domain.personalfile;

import ad.cass.online.domain.access.Subject;
import ad.cass.online.domain.contributions.EmploymentPeriod;
import ad.cass.online.domain.person.Person;
import java.util.List;

/**
 * "Veure fitxa" (seed 000 §2.2.1): personal data, contact data, the dependants, the bank details and the
 * employment history of the person the caller acts as.
 *
 * @param dependants  the people in their charge (none for a dependant: a dependant covers nobody)
 * @param bank        null when CASS holds no account for them
 * @param pendingBank null when no bank change waits for CASS
 * @param employment  null when withheld: a dependant's professional data is not their holder's to see (seed 000 §1.1)
 */
public record PersonalFile(Subject subject, Person person, ContactDetails contact, List<Person> dependants,
                           BankAccount bank, BankChangeRequest pendingBank, List<EmploymentPeriod> employment) {
    public PersonalFile {
        dependants = List.copyOf(dependants);
        employment = employment == null ? null : List.copyOf(employment);
    }
}
