package ad.cass.online.domain.contributions;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.format.Coded;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The period of an extract (seed 000 §2.1.4 and §2.2.1: "el període de l'extracte (tota la vida, l'any anterior o
 * un període específic)"), in whole months.
 *
 * @param from null for the whole working life (from the first month there is)
 * @param to   the last month included
 */
public record ExtractPeriod(Kind kind, YearMonth from, YearMonth to) {
    static final String CUSTOM_NEEDS_BOTH = "Un període específic necessita el primer mes i l'últim (aaaa-mm).";
    static final String NOT_A_MONTH = "El camp «{0}» ha de ser un mes (aaaa-mm).";
    static final String FROM_AFTER_TO = "El primer mes del període no pot ser posterior a l'últim.";
    static final String IN_THE_FUTURE = "El període no pot acabar després del mes en curs.";
    static final String UNKNOWN = "El període ha de ser un d'aquests: {0}.";

    /** The three choices of the form. */
    public enum Kind implements Coded {
        LIFE("life"), LAST_YEAR("last-year"), CUSTOM("custom");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /**
     * The period a request asks for, on {@code today} (Andorra): {@code life} (the default) up to the current month,
     * {@code last-year} the previous calendar year, {@code custom} from {@code from} to {@code to} ({@code yyyy-MM}, both
     * included, not past the current month).
     */
    public static ExtractPeriod of(String code, String from, String to, LocalDate today) {
        Kind kind = code == null ? Kind.LIFE : Coded.find(Kind.class, code)
                .orElseThrow(() -> new InvalidInput("period", UNKNOWN, Coded.codes(Kind.class)));
        YearMonth current = YearMonth.from(today);
        return switch (kind) {
            case LIFE -> new ExtractPeriod(kind, null, current);
            case LAST_YEAR -> new ExtractPeriod(kind, YearMonth.of(today.getYear() - 1, 1), YearMonth.of(today.getYear() - 1, 12));
            case CUSTOM -> {
                if (from == null || to == null) {
                    throw new InvalidInput(from == null ? "from" : "to", CUSTOM_NEEDS_BOTH);
                }
                YearMonth first = month("from", from);
                YearMonth last = month("to", to);
                if (first.isAfter(last)) {
                    throw new InvalidInput("from", FROM_AFTER_TO);
                }
                if (last.isAfter(current)) {
                    throw new InvalidInput("to", IN_THE_FUTURE);
                }
                yield new ExtractPeriod(kind, first, last);
            }
        };
    }

    private static YearMonth month(String field, String text) {
        return yearMonth(text).orElseThrow(() -> new InvalidInput(field, NOT_A_MONTH, field));
    }

    /** A month written {@code yyyy-MM} and nothing else (not {@code +2026-10}); each caller refuses the rest its way. */
    static Optional<YearMonth> yearMonth(String text) {
        try {
            return text != null && text.length() == 7 ? Optional.of(YearMonth.parse(text)) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
