package ad.cass.online.domain.identity;

import java.time.Instant;
import java.util.Optional;

public interface SessionStore {
    /**
     * @param expiresAt   when the store may forget it (DynamoDB TTL); liveness is still checked on read
     * @param absoluteEnd the latest it can ever live, whatever the activity
     */
    void create(Session session, Instant expiresAt, Instant absoluteEnd);

    Optional<Session> find(String sessionId);

    /** Moves "last seen" forward if the session still exists; a revoked one is not brought back. */
    void touch(String sessionId, Instant lastSeenAt, Instant expiresAt);

    void revoke(String sessionId);

    /** Ends the person's oldest sessions beyond the newest {@code max}. */
    void keepNewest(ad.cass.online.domain.person.CassNumber cassNumber, int max);

    /** Ends every session of the person, e.g. after a PIN change, in batches. */
    void revokeAll(ad.cass.online.domain.person.CassNumber cassNumber);

    /** Switches the profile the session acts as; false when the session no longer exists. */
    boolean switchProfile(String sessionId, String profileId);

    /** Every live session of the person answers in {@code language} from their next request (issue 17). */
    void changeLanguage(ad.cass.online.domain.person.CassNumber cassNumber, ad.cass.online.domain.settings.Language language);
}
