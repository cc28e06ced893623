package ad.cass.online.domain.identity;

import ad.cass.online.domain.person.CassNumber;
import java.time.Instant;
import java.util.Objects;

/**
 * A portal session. {@code id} is the SHA-256 of the bearer token: the token itself is never stored.
 * {@code profileId} is the profile the person acts as (seed 000, §1.2.3); every call is judged against it.
 */
public record Session(String id, CassNumber cassNumber, String profileId, AuthMethod method,
                      Instant createdAt, Instant lastSeenAt) {
    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cassNumber, "cassNumber");
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    }

    public Session seenAt(Instant now) {
        return new Session(id, cassNumber, profileId, method, createdAt, now);
    }
}
