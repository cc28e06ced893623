package ad.cass.online.domain.signin;

import java.time.Duration;

/** At most {@code max} uses per {@code window} (issue 16, item 7). */
public record Allowance(int max, Duration window) {
    public Allowance {
        if (max < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("at least one use in a positive window");
        }
    }
}
