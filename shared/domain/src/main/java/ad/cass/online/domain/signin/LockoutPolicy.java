package ad.cass.online.domain.signin;

import java.time.Duration;

/**
 * After {@code maxAttempts} wrong secrets in a row the credential is locked for {@code firstLock}, and
 * each further lock lasts twice the previous one (issue 4; NIST SP 800-63B §5.2.2 rate limiting). The
 * doubling stops at 2^10, about ten days for a 15-minute first lock.
 */
public record LockoutPolicy(int maxAttempts, Duration firstLock) {
    static final int MAX_DOUBLINGS = 10;

    public LockoutPolicy {
        if (maxAttempts < 1 || firstLock.isNegative() || firstLock.isZero()) {
            throw new IllegalArgumentException("at least one attempt and a positive lock");
        }
    }

    public Duration lockFor(int previousLocks) {
        return firstLock.multipliedBy(1L << Math.min(Math.max(previousLocks, 0), MAX_DOUBLINGS));
    }
}
