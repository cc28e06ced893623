package ad.cass.online.domain.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How the portal writes numbers and dates for people (DEVELOPERS.md: Catalan first): money {@code 1.525,33 €},
 * dates {@code dd/MM/yyyy}, times {@code dd/MM/yyyy HH:mm} in Europe/Andorra. Written out by hand rather than
 * through the JDK's locale data, whose Catalan currency format puts a no-break space before the euro sign
 * and changes between releases.
 */
public final class CatalanFormat {
    public static final ZoneId ANDORRA = ZoneId.of("Europe/Andorra");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private CatalanFormat() {
    }

    /** Cents as euros: {@code 152533} → {@code 1.525,33 €}, {@code -5} → {@code -0,05 €}. */
    public static String money(long cents) {
        return decimal(cents, 2) + " €";
    }

    /** Thousandths as a number with three decimals: old-age points, {@code 1234567} → {@code 1.234,567}. */
    public static String thousandths(long thousandths) {
        return decimal(thousandths, 3);
    }

    public static String date(LocalDate day) {
        return DATE.format(day);
    }

    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(ANDORRA));
    }

    private static String decimal(long scaled, int decimals) {
        long unit = decimals == 2 ? 100 : 1000;
        String sign = scaled < 0 ? "-" : "";
        long abs = Math.abs(scaled); // Long.MIN_VALUE cents is not an amount anyone has
        String whole = Long.toString(abs / unit);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        String fraction = Long.toString(abs % unit);
        return sign + grouped + "," + "0".repeat(decimals - fraction.length()) + fraction;
    }
}
