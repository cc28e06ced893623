package ad.cass.online.domain.signin;

import ad.cass.online.domain.person.CassNumber;
import java.time.Instant;
import java.util.Optional;

/** PIN-reset links: only the token's hash is kept; one live link per person. */
public interface PinResetStore {
    record PinReset(CassNumber cassNumber, Instant expiresAt) {
    }

    /** Records a new link for the person; any earlier link of theirs stops working. */
    void issue(CassNumber cassNumber, String tokenHash, Instant expiresAt);

    /** The person's current link with this hash; a replaced or used link is not found. */
    Optional<PinReset> find(String tokenHash);

    /**
     * Uses the link and sets the new PIN hash in one transaction.
     * @return false when the link was used or replaced in the meantime (nothing is written then)
     */
    boolean consume(String tokenHash, CassNumber cassNumber, String newPinHash);

    /** Takes a link back, e.g. when its e-mail could not be sent. */
    void withdraw(String tokenHash, CassNumber cassNumber);
}
