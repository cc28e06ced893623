package ad.cass.online.domain.signin;

import java.time.Instant;
import java.util.Optional;

/**
 * Failed-attempt counters per credential ({@code subject} names it, e.g. {@code PIN#100001A}). Every
 * guess first reserves an attempt atomically, so however many arrive at once no more than the allowed
 * number are ever checked.
 */
public interface LockoutStore {
    /** A reserved attempt: its number in the current run of failures, and how many locks came before. */
    record Attempt(int number, int previousLocks) {
    }

    /** Reserves the next attempt, or nothing when the credential is locked or its attempts are used up. */
    Optional<Attempt> reserve(String subject, Instant now, int maxAttempts);

    /** After a success: the run of failures and the lock history start again. */
    void clear(String subject);

    /**
     * Locks until {@code until} if {@code attempt} was the last allowed and nothing changed since.
     * @return true for exactly one caller per lock
     */
    boolean lock(String subject, Attempt attempt, int maxAttempts, Instant until);
}
