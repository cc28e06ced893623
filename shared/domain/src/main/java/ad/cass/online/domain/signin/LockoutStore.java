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

    /** The counter as a refused reservation found it. {@code lockedUntil} and {@code lastAttemptAt} may be null. */
    record Refusal(int attempts, int lockCount, Instant lockedUntil, Instant lastAttemptAt) {
        /** The attempts are used up but no lock was ever written: the write failed, or the function died before it. */
        public boolean stuck(int maxAttempts) {
            return attempts >= maxAttempts && lockedUntil == null;
        }
    }

    /** What a reservation gave: an attempt, or why not. */
    record Reservation(Attempt attempt, Refusal refusal) {
        public static Reservation granted(Attempt attempt) {
            return new Reservation(attempt, null);
        }

        public static Reservation refused(Refusal refusal) {
            return new Reservation(null, refusal);
        }
    }

    /** Reserves the next attempt, or says why not: the credential is locked or its attempts are used up. */
    Reservation reserve(String subject, Instant now, int maxAttempts);

    /**
     * Starts a new run from the stuck state {@code seen}, counting the lock it should have had, if nothing
     * changed since: the first of several callers gets attempt 1, the others nothing.
     */
    Optional<Attempt> restart(String subject, Refusal seen, Instant now);

    /** After a success: the run of failures and the lock history start again. */
    void clear(String subject);

    /**
     * Locks until {@code until} if {@code attempt} was the last allowed and nothing changed since.
     * @return true for exactly one caller per lock
     */
    boolean lock(String subject, Attempt attempt, int maxAttempts, Instant until);
}
