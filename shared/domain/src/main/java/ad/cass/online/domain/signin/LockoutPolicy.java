package ad.cass.online.domain.signin;

import java.time.Duration;

/**
 * After {@code maxAttempts} wrong secrets in a row the credential is locked for {@code firstLock}, and
 * each further lock lasts twice the previous one (issue 4; NIST SP 800-63B §5.2.2 rate limiting), but never
 * longer than {@code longestLock} (issue 16, item 7): anyone can lock anyone's number by guessing, so
 * an unbounded doubling would let a stranger keep a person out for days. Recovering the PIN by e-mail
 * lifts a lock at once.
 */
public record LockoutPolicy(int maxAttempts, Duration firstLock, Duration longestLock) {
    /** Beyond this, doubling could overflow; the cap is far below it anyway. */
    static final int MAX_DOUBLINGS = 20;

    public LockoutPolicy {
        if (maxAttempts < 1 || firstLock.isNegative() || firstLock.isZero() || longestLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("at least one attempt, a positive lock, and a cap no shorter than it");
        }
    }

    public Duration lockFor(int previousLocks) {
        Duration doubled = firstLock.multipliedBy(1L << Math.min(Math.max(previousLocks, 0), MAX_DOUBLINGS));
        return doubled.compareTo(longestLock) > 0 ? longestLock : doubled;
    }
}
