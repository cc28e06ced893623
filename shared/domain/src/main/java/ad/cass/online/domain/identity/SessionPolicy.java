package ad.cass.online.domain.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a session lives: an idle timeout and an absolute one, whichever comes first
 * (NIST SP 800-63B §7.1: reauthentication after inactivity and after a fixed period).
 * Both come from configuration (SESSION_IDLE_MINUTES, SESSION_ABSOLUTE_HOURS in template.yaml).
 */
public record SessionPolicy(Duration idle, Duration absolute) {
    /** Refreshing "last seen" on every call would cost a write per request; a minute of slack is harmless. */
    static final Duration TOUCH_GRANULARITY = Duration.ofMinutes(1);

    public SessionPolicy {
        if (idle.isNegative() || idle.isZero() || absolute.compareTo(idle) < 0) {
            throw new IllegalArgumentException("idle must be positive and not longer than absolute");
        }
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
