package ad.cass.online.domain.declarants;

import ad.cass.online.domain.person.CassNumber;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A person registered with a declarant (seed 002, "la llista d'empleats"): from their registration to their leaving.
 *
 * @param to null while employed
 */
public record EmployeeRecord(String declarantNumber, CassNumber cassNumber, String name, LocalDate from, LocalDate to) {
    public boolean currentOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }

    /** Employed at least one day of {@code month}: they may have a line on its sheet. */
    public boolean employedIn(YearMonth month) {
        return !from.isAfter(month.atEndOfMonth()) && (to == null || !to.isBefore(month.atDay(1)));
    }
}
