package ad.cass.online.domain.identity;

import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.settings.Language;
import java.time.Instant;
import java.util.Objects;

/**
 * A portal session. {@code id} is the SHA-256 of the bearer token: the token itself is never stored.
 * {@code profileId} is the profile the person acts as (seed 000, §1.2.3); every call is judged against it.
 * {@code language} is the person's (seed 000 §2.2.3), carried so every answer can be in it without reading
 * their settings on each request (issue 17).
 */
public record Session(String id, CassNumber cassNumber, String profileId, AuthMethod method,
                      Instant createdAt, Instant lastSeenAt, Language language) {
    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cassNumber, "cassNumber");
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        Objects.requireNonNull(language, "language");
    }

    /** A session in Catalan, the portal's first language. */
    public Session(String id, CassNumber cassNumber, String profileId, AuthMethod method, Instant createdAt, Instant lastSeenAt) {
        this(id, cassNumber, profileId, method, createdAt, lastSeenAt, Language.CA);
    }

    public Session seenAt(Instant now) {
        return new Session(id, cassNumber, profileId, method, createdAt, now, language);
    }
}
