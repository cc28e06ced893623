package ad.cass.online.domain.simulations;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The simulators' one rounding rule: every step is computed exactly with BigDecimal (a percentage is a move of the
 * decimal point, a multiple an exact product), the cap is compared with the exact amount, and the result is rounded
 * half-up to the cent once, at the end. Half-up is how an amount in euros is commonly rounded; rounding once keeps a
 * cent from being lost or gained between steps.
 */
final class Cents {
    private Cents() {
    }

    /** The one rounding: half-up to a whole cent. */
    static long round(BigDecimal exactCents) {
        return exactCents.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** {@code exactCents} ÷ {@code divisor}, rounded as {@link #round}: a quotient that need not end is never kept. */
    static long divideAndRound(BigDecimal exactCents, BigDecimal divisor) {
        return exactCents.divide(divisor, 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** {@code percent} % of {@code value}, exactly. */
    static BigDecimal percentOf(BigDecimal value, BigDecimal percent) {
        return value.multiply(percent).movePointLeft(2);
    }
}
