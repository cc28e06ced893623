package ad.cass.online.domain.simulations;

import ad.cass.online.domain.format.CatalanFormat;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * How the reasons write numbers for the person, Catalan style (DOMAIN.md: {@code 1.525,33 €}). An exact amount with
 * a fraction of a cent is shown rounded like the result, half-up: showing is not computing, the rule rounds once.
 */
final class Words {
    private Words() {
    }

    /** A sentence from a {@link String#format} pattern, with digits the same whatever the machine's locale. */
    static String say(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /** "en falta 1", "en falten 5": what is still missing, singular or plural. */
    static String missing(int count) {
        return count == 1 ? "en falta 1" : say("en falten %d", count);
    }

    /** {@code 2.50} → {@code 2,5}, {@code 65.01} → {@code 65,01}: no trailing zeros, a decimal comma. */
    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static String percent(BigDecimal value) {
        return number(value) + " %";
    }

    static String money(BigDecimal exactCents) {
        return CatalanFormat.money(Cents.round(exactCents));
    }

    static String money(long cents) {
        return CatalanFormat.money(cents);
    }

    /** A value in cents as euros with all its decimals: {@code 61.5} → {@code 0,615 €}. */
    static String euros(BigDecimal cents) {
        BigDecimal euros = cents.movePointLeft(2);
        return (euros.scale() < 2 ? euros.setScale(2) : euros).toPlainString().replace('.', ',') + " €";
    }
}
