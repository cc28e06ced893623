package ad.cass.online.domain.contributions;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.format.Coded;
import java.time.YearMonth;

/**
 * The periods the income table offers (seed 000 §2.1.4: "3 mesos, 6 mesos, 12 mesos o tota la vida"), by
 * {@code ?period=}. A period of n months is the current month and the n − 1 before it (our reading: the seed does not
 * say where the months end; a month not yet declared simply shows nothing).
 */
public enum IncomePeriod implements Coded {
    THREE_MONTHS("3m", 3),
    SIX_MONTHS("6m", 6),
    TWELVE_MONTHS("12m", 12),
    LIFE("life", 0);

    static final String UNKNOWN = "El període ha de ser un d'aquests: {0}.";

    private final String code;
    private final int months;

    IncomePeriod(String code, int months) {
        this.code = code;
        this.months = months;
    }

    @Override
    public String code() {
        return code;
    }

    /** The first month of the period that ends with {@code current}; null for the whole working life. */
    public YearMonth firstMonth(YearMonth current) {
        return this == LIFE ? null : current.minusMonths(months - 1L);
    }

    /** {@code 3m}, {@code 6m}, {@code 12m} or {@code life}; anything else is a 400 naming {@code period}. */
    public static IncomePeriod fromCode(String code) {
        return Coded.find(IncomePeriod.class, code)
                .orElseThrow(() -> new InvalidInput("period", UNKNOWN, Coded.codes(IncomePeriod.class)));
    }
}
