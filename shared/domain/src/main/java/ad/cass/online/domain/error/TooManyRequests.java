package ad.cass.online.domain.error;

import java.time.Duration;

/**
 * The caller used up an allowance (issue 16, item 7: sign-in attempts per source address): 429 with
 * {@code Retry-After}. It says nothing about any account.
 */
public final class TooManyRequests extends DomainException {
    private final Duration retryAfter;

    public TooManyRequests(Duration retryAfter) {
        super("S'han fet massa intents des d'aquesta adreça. Torneu-ho a provar d'aquí a "
                + (seconds(retryAfter) == 1 ? "1 segon." : seconds(retryAfter) + " segons."));
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one: what Retry-After carries. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
