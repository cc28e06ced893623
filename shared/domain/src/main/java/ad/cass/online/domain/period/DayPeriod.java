package ad.cass.online.domain.period;

import ad.cass.online.domain.error.InvalidInput;
import java.time.LocalDate;

/**
 * The days a list of the person's records shows (the benefit sheets of seed 000 §2.1.3, the payments of seeds
 * 001/002): the last 12 months to today by default, another period on request, five years at most (our limit where
 * the seeds are silent), so one request reads a bounded range of one partition.
 */
public record DayPeriod(LocalDate from, LocalDate to) {
    public static final int MAX_YEARS = 5;
    static final String FROM_AFTER_TO = "La data d'inici del període no pot ser posterior a la data final.";
    static final String TOO_LONG = "El període pot ser de cinc anys com a màxim.";

    /**
     * The period asked for: {@code to} today when absent, {@code from} 12 months before {@code to} when absent; a start
     * after the end, or more than {@value #MAX_YEARS} years, is a 400 naming {@code from}.
     */
    public static DayPeriod asked(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusMonths(12).plusDays(1) : from;
        if (start.isAfter(end)) {
            throw new InvalidInput("from", FROM_AFTER_TO);
        }
        if (start.isBefore(end.minusYears(MAX_YEARS))) {
            throw new InvalidInput("from", TOO_LONG);
        }
        return new DayPeriod(start, end);
    }
}
