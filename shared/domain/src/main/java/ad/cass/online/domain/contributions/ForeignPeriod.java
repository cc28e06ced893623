package ad.cass.online.domain.contributions;

import ad.cass.online.domain.person.CassNumber;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A period insured in a convention country that CASS counts with the Andorran ones (seed 000 §2.2.1: "15 anys de
 * cotització a Andorra o com a resultat de totalitzar períodes amb un país de conveni"), as the foreign fund
 * certified it to CASS.
 *
 * @param country ISO 3166 alpha-2
 */
public record ForeignPeriod(CassNumber subject, String country, LocalDate from, LocalDate to) {
    public ForeignPeriod {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after it starts");
        }
    }

    /** Whole months certified: 01/01 to 31/12 is 12. */
    public int months() {
        return (int) ChronoUnit.MONTHS.between(from, to.plusDays(1));
    }
}
