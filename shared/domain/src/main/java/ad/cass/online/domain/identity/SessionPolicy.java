package ad.cass.online.domain.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a session lives: an idle timeout and an absolute one, whichever comes first
 * (NIST SP 800-63B §7.1: reauthentication after inactivity and after a fixed period).
 * Both come from configuration (SESSION_IDLE_MINUTES, SESSION_ABSOLUTE_HOURS in template.yaml). A person
 * holds at most {@code maxPerPerson} live sessions (SESSION_MAX_PER_PERSON): a new one ends the oldest, so
 * ending them all stays bounded (issue 16, item 4).
 */
public record SessionPolicy(Duration idle, Duration absolute, int maxPerPerson) {
    public static final int DEFAULT_MAX_PER_PERSON = 10;

    /** Refreshing "last seen" on every call would cost a write per request; a minute of slack is harmless. */
    static final Duration TOUCH_GRANULARITY = Duration.ofMinutes(1);

    public SessionPolicy {
        if (idle.isNegative() || idle.isZero() || absolute.compareTo(idle) < 0) {
            throw new IllegalArgumentException("idle must be positive and not longer than absolute");
        }
        if (maxPerPerson < 1) {
            throw new IllegalArgumentException("a person may hold one session at least");
        }
    }

    public SessionPolicy(Duration idle, Duration absolute) {
        this(idle, absolute, DEFAULT_MAX_PER_PERSON);
    }

    public SessionPolicy withMaxPerPerson(int max) {
        return new SessionPolicy(idle, absolute, max);
    }

    public Instant expiresAt(Session s) {
        Instant idleEnd = s.lastSeenAt().plus(idle);
        Instant absoluteEnd = s.createdAt().plus(absolute);
        return idleEnd.isBefore(absoluteEnd) ? idleEnd : absoluteEnd;
    }

    public Instant absoluteEnd(Session s) {
        return s.createdAt().plus(absolute);
    }

    public boolean isLive(Session s, Instant now) {
        return now.isBefore(expiresAt(s));
    }

    public boolean worthTouching(Session s, Instant now) {
        return Duration.between(s.lastSeenAt(), now).compareTo(TOUCH_GRANULARITY) >= 0;
    }
}
