package ad.cass.online.domain.extracts;

import ad.cass.online.domain.notices.ActiveNotice;
import ad.cass.online.domain.person.CassNumber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The requested documents of a person, and the public verification records of the issued ones. */
public interface ExtractStore {
    /** Writes the request unless one with its id is there already (a retry): then that one is returned. */
    ExtractRequest createOnce(ExtractRequest request);

    Optional<ExtractRequest> find(CassNumber subject, String id);

    /** The person's requests, newest first, at most {@code limit}. */
    List<ExtractRequest> list(CassNumber subject, int limit);

    /** Counts one more attempt at a request still pending; false when it is no longer pending. */
    boolean attempt(ExtractRequest pending);

    /**
     * The document is there: the request READY, its notice (avís actiu) and its public verification record, in one
     * write, conditioned on the request still pending.
     *
     * @return false when another delivery of the same message finished it first (nothing written)
     */
    boolean finish(ExtractRequest ready, ActiveNotice notice, Verification verification);

    /** The request FAILED with why (telling the person to ask again), if it was still pending. */
    boolean fail(ExtractRequest failed);

    /**
     * Marks a document's public record revoked, saying when and why; revoking it again keeps the first time and reason.
     *
     * @return false when no document has that code
     */
    boolean revoke(String code, Instant at, String reason);

    /** The public record of a code, if any (revoked ones included: the check says so). */
    Optional<Verification> verification(String code);
}
