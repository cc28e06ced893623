package ad.cass.online.domain.declarants;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding rule of the contributions (issue 22, README): a percentage of an amount in cents is worked out
 * exactly and rounded once, half up, to the cent; a sheet's totals are sums of the rounded shares, so what the lines
 * show adds up to what is owed.
 */
final class Money {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    static long percentOf(long cents, BigDecimal percent) {
        return BigDecimal.valueOf(cents).multiply(percent).divide(HUNDRED, 0, RoundingMode.HALF_UP).longValueExact();
    }
}
