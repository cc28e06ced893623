package ad.cass.online.domain.person;

import ad.cass.online.domain.error.InvalidInput;
import java.util.regex.Pattern;

/**
 * A CASS number: six digits and one uppercase letter, e.g. {@code 123456A}
 * (seed 000, §1.1: "número de la CASS (6 dígits + lletra en majúscula)").
 */
public record CassNumber(String value) {
    private static final Pattern FORMAT = Pattern.compile("\\d{6}[A-Z]");

    public CassNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInput("cassNumber", "El número de la CASS ha de tenir 6 dígits i una lletra majúscula.");
        }
    }

    public static CassNumber of(String value) {
        return new CassNumber(value);
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /** What logs may show: never the full number (DEVELOPERS.md). */
    public String masked() {
        return "****" + value.substring(4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
