package ad.cass.online.domain.error;

import java.time.Duration;

/**
 * The caller used up an allowance (issue 16, item 7: sign-in attempts per source address): 429 with
 * {@code Retry-After}. It says nothing about any account.
 */
public final class TooManyRequests extends DomainException {
    // two patterns rather than a plural rule: each language words the singular its own way
    static final String ONE_SECOND = "S'han fet massa intents des d'aquesta adreça. Torneu-ho a provar d'aquí a 1 segon.";
    static final String SECONDS = "S'han fet massa intents des d'aquesta adreça. Torneu-ho a provar d'aquí a {0} segons.";
    private final Duration retryAfter;

    public TooManyRequests(Duration retryAfter) {
        super(seconds(retryAfter) == 1 ? ONE_SECOND : SECONDS, seconds(retryAfter));
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
