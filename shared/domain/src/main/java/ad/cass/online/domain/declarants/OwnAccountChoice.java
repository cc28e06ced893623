package ad.cass.online.domain.declarants;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A self-employed person's choice of contribution base (seed 002, "la declaració de la base de cotització del compte
 * propi"): a band of the year's reference salary, in force from a month of that year until a later choice.
 */
public record OwnAccountChoice(String declarantNumber, int year, BigDecimal bandPercent, long baseCents,
                               LocalDate effectiveFrom, Instant chosenAt) {
    public boolean covers(YearMonth month) {
        return month.getYear() == year && !month.atDay(1).isBefore(effectiveFrom);
    }
}
