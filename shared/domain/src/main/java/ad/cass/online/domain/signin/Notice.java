package ad.cass.online.domain.signin;

import ad.cass.online.domain.person.CassNumber;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * Something sign-in has to tell a person by e-mail, posted to a queue on the request path and mailed
 * later by the notices function (issue 16, item 8): the request never waits for the mail service, and a
 * lock of a number nobody holds posts the same notice as a real one, so neither the answer nor its timing
 * tells them apart. It names whom it is about, never an address: the address is read from the file when
 * the mail is written.
 *
 * @param recipient the CASS number, or for {@link Kind#CONTRACT_LOCKED} the contract number
 * @param at        until when the credential is locked, until when the link works, or when the PIN or e-mail changed
 * @param link      the reset link ({@link Kind#PIN_RESET} only), which carries a secret
 */
public record Notice(Kind kind, String recipient, Instant at, URI link) {
    public enum Kind { PIN_LOCKED, CONTRACT_LOCKED, PIN_RESET, PIN_CHANGED, EMAIL_CHANGED }

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(at, "at");
        if ((kind == Kind.PIN_RESET) != (link != null)) {
            throw new IllegalArgumentException("a reset notice, and only it, carries a link");
        }
    }

    static Notice pinLocked(CassNumber cassNumber, Instant until) {
        return new Notice(Kind.PIN_LOCKED, cassNumber.value(), until, null);
    }

    static Notice contractLocked(String contractNumber, Instant until) {
        return new Notice(Kind.CONTRACT_LOCKED, contractNumber, until, null);
    }

    static Notice pinReset(CassNumber cassNumber, URI link, Instant validUntil) {
        return new Notice(Kind.PIN_RESET, cassNumber.value(), validUntil, link);
    }

    static Notice pinChanged(CassNumber cassNumber, Instant when) {
        return new Notice(Kind.PIN_CHANGED, cassNumber.value(), when, null);
    }

    /** Issue 17: the address an e-mail change replaced is told, at {@code changedAt} (its audit entry names it). */
    public static Notice emailChanged(CassNumber cassNumber, Instant changedAt) {
        return new Notice(Kind.EMAIL_CHANGED, cassNumber.value(), changedAt, null);
    }

    /** Never the link: it would let whoever reads the log set the PIN. */
    @Override
    public String toString() {
        return kind + " for ****" + recipient.substring(Math.max(0, recipient.length() - 3));
    }
}
