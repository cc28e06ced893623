package ad.cass.online.domain.contributions;

import ad.cass.online.domain.person.CassNumber;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A period of registration with one declarant (seed 000 §2.2.1, "historial laboral"; the working-life report
 * lists the same periods): who declared the person, under which scheme, from when to when.
 *
 * @param to null while it lasts
 */
public record EmploymentPeriod(CassNumber subject, String declarantNumber, String declarantName, Scheme scheme,
                               LocalDate from, LocalDate to) {
    public EmploymentPeriod {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(declarantNumber, "declarantNumber");
        Objects.requireNonNull(declarantName, "declarantName");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after it starts");
        }
    }
}
