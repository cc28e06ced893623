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

    /** A whole number with thousands grouped: {@code 12345} → {@code 12.345}. */
    public static String integer(long value) {
        return (value < 0 ? "-" : "") + grouped(Long.toString(Math.abs(value)));
    }

    /** Tenths of a percent: {@code 750} → {@code 75 %}, {@code 875} → {@code 87,5 %}; a decimal only when there is one. */
    public static String percent(long tenths) {
        long abs = Math.abs(tenths);
        return (tenths < 0 ? "-" : "") + grouped(Long.toString(abs / 10)) + (abs % 10 == 0 ? "" : "," + abs % 10) + " %";
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
        String fraction = Long.toString(abs % unit);
        return sign + grouped(Long.toString(abs / unit)) + "," + "0".repeat(decimals - fraction.length()) + fraction;
    }

    /** Digits with a dot between each group of three: {@code 1525} → {@code 1.525}. */
    private static String grouped(String digits) {
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }
}
