package ad.cass.online.domain.signin;

import java.time.Instant;
import java.util.Optional;

/**
 * Counters that admit a limited number of uses per fixed window, shared by every instance of a function
 * (issue 16, item 7): atomic, so concurrent requests cannot overshoot, and forgotten after their window.
 */
public interface RateCounter {
    /**
     * Counts one use of {@code key} in the window that starts at {@code windowStart} and ends at
     * {@code windowEnd}, unless it already holds {@code max}.
     *
     * @return whether this use was admitted (a refused use is not counted)
     */
    boolean take(String key, Instant windowStart, Instant windowEnd, int max);

    /**
     * One use of {@code key} under {@code allowance}, counted in the fixed window (aligned on the epoch) that
     * holds {@code now}.
     *
     * @return empty when admitted, else when the window ends
     */
    default Optional<Instant> refusedUntil(String key, Allowance allowance, Instant now) {
        long window = allowance.window().toMillis();
        Instant start = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), window) * window);
        Instant end = start.plus(allowance.window());
        return take(key, start, end, allowance.max()) ? Optional.empty() : Optional.of(end);
    }
}
