package ad.cass.online.domain.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Turns a bearer token into the caller, or nothing: malformed, unknown, revoked and expired look alike. */
public final class SessionAuthenticator {
    private final SessionStore sessions;
    private final SessionPolicy policy;
    private final Clock clock;

    public SessionAuthenticator(SessionStore sessions, SessionPolicy policy, Clock clock) {
        this.sessions = sessions;
        this.policy = policy;
        this.clock = clock;
    }

    public Optional<Principal> authenticate(String bearerToken) {
        if (!SessionToken.isWellFormed(bearerToken)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Session> found = sessions.find(SessionToken.hash(bearerToken))
                .filter(s -> policy.isLive(s, now));
        found.filter(s -> policy.worthTouching(s, now))
                .ifPresent(s -> sessions.touch(s.id(), now, policy.expiresAt(s.seenAt(now))));
        return found.map(s -> new Principal(s.cassNumber(), s.profileId(), s.id(), s.method(), s.language()));
    }
}
