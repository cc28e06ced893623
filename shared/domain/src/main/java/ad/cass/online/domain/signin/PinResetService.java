package ad.cass.online.domain.signin;

import ad.cass.online.domain.error.Gone;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.identity.SessionStore;
import ad.cass.online.domain.identity.SessionToken;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.text.Text;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovering the PIN by e-mail (seed 000, §1.1.3 and §1.1.4).
 * <ul>
 * <li>A request names the CASS number and the e-mail; only when the e-mail is the one CASS has on file is
 * a link sent. The caller always gets the same answer.</li>
 * <li>The link carries 256 random bits, is stored only as a hash, works once, expires after 120 minutes
 * (PIN_RESET_VALID_MINUTES),
 * and a newer request replaces it.</li>
 * <li>At most a few mails an hour go to one account ({@link SigninLimits}); the requests beyond get the
 * same answer, and the link already sent keeps working.</li>
 * <li>Using it sets a PIN that passes {@link PinPolicy}, ends every session and tells the person.</li>
 * <li>The mails go through the {@link NoticeQueue}: the request never waits for the mail service.</li>
 * </ul>
 */
public final class PinResetService {
    private static final Logger LOG = LoggerFactory.getLogger(PinResetService.class);
    static final String INVALID_LINK = "L'enllaç per activar el PIN no és vàlid o ja s'ha fet servir. "
            + "Torneu a sol·licitar la recuperació del PIN.";
    static final String INCOMPLETE_LINK = "L'enllaç per activar el PIN no és complet. Copieu-lo sencer des del correu.";
    static final String INVALID_EMAIL = "L'adreça de correu electrònic no és vàlida.";
    static final String ACKNOWLEDGEMENT = "Si les dades coincideixen amb les que consten a la CASS, rebreu un correu "
            + "electrònic amb un enllaç per activar el PIN. L'enllaç és vàlid durant {0} minuts.";
    /** Plausible, not RFC 5322: the address is only compared with the one on file, never sent to. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}");

    private final CredentialStore credentials;
    private final PinResetStore resets;
    private final SessionStore sessions;
    private final LockoutStore lockouts;
    private final PinHasher hasher;
    private final NoticeQueue notices;
    private final SigninLimits limits;
    private final URI portalUrl;
    private final Duration validity;
    private final Clock clock;

    public PinResetService(CredentialStore credentials, PinResetStore resets, SessionStore sessions, LockoutStore lockouts,
                           PinHasher hasher, NoticeQueue notices, SigninLimits limits, URI portalUrl, Duration validity, Clock clock) {
        this.credentials = credentials;
        this.resets = resets;
        this.sessions = sessions;
        this.lockouts = lockouts;
        this.hasher = hasher;
        this.notices = notices;
        this.limits = limits;
        this.portalUrl = portalUrl;
        this.validity = validity;
        this.clock = clock;
    }

    /**
     * Seed 000, §1.1.3: the same words whatever the match, so the answer says nothing about the account; the
     * validity in them is the configured one.
     */
    public Text acknowledgement() {
        return Text.of(ACKNOWLEDGEMENT, validity.toMinutes());
    }

    static final String EXPIRED_LINK = "L'enllaç per activar el PIN ha caducat (és vàlid durant {0} minuts). "
            + "Torneu a sol·licitar la recuperació del PIN per rebre'n un de nou.";

    /**
     * Sends a link when the e-mail matches the one on file; says nothing either way. An address that cannot
     * be one is a mistake of the person's, told at once (it says nothing about the account).
     */
    public void request(CassNumber cassNumber, String email) {
        if (!EMAIL.matcher(email.trim()).matches()) { // spaces around it do not count, as in the comparison below
            throw new InvalidInput("email", INVALID_EMAIL);
        }
        Optional<Person> person = credentials.account(cassNumber).map(Account::person)
                .filter(p -> p.email() != null && sameAddress(p.email(), email));
        if (person.isEmpty() || !limits.admitResetMail(cassNumber)) {
            return; // beyond a few mails an hour, the same answer and no mail (issue 16, item 7)
        }
        String token = SessionToken.generate();
        String hash = SessionToken.hash(token);
        Instant expiresAt = clock.instant().plus(validity);
        resets.issue(cassNumber, hash, expiresAt);
        try {
            notices.post(Notice.pinReset(cassNumber, link(token), expiresAt));
        } catch (NoticeQueue.NotPosted e) {
            // no mail, no link: a link nobody will receive must not stay usable
            resets.withdraw(hash, cassNumber);
            LOG.error("PIN reset notice for {} not posted ({}); link withdrawn", cassNumber, e.getMessage());
        }
    }

    /** Seed 000, §1.1.3: the link leads to {PORTAL_URL}/pt/password-reset. */
    URI link(String token) {
        String base = portalUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/pt/password-reset?token=" + token);
    }

    public void confirm(String token, char[] newPin) {
        if (token.length() != SessionToken.LENGTH) {
            throw new InvalidInput("token", INCOMPLETE_LINK);
        }
        if (!SessionToken.isWellFormed(token)) {
            throw new InvalidInput("token", INVALID_LINK);
        }
        String hash = SessionToken.hash(token);
        PinResetStore.PinReset reset = resets.find(hash).orElseThrow(() -> new InvalidInput("token", INVALID_LINK));
        Instant now = clock.instant();
        if (!now.isBefore(reset.expiresAt())) {
            throw new Gone(EXPIRED_LINK, validity.toMinutes());
        }
        char[] normalized = Secrets.normalized(newPin);
        try {
            confirmNormalized(hash, reset, normalized, now);
        } finally {
            Secrets.wipe(normalized, newPin);
        }
    }

    private void confirmNormalized(String hash, PinResetStore.PinReset reset, char[] newPin, Instant now) {
        PinPolicy.check(newPin, reset.cassNumber(), "newPin"); // a refused PIN does not use up the link
        // Everything that can fail comes before the link is used, and each step may run twice: if one
        // fails, the person gets an error and the same link still works. The link and the PIN change
        // together (one transaction); after that only the notice is posted, whose failure is only logged.
        sessions.revokeAll(reset.cassNumber());
        lockouts.clear(LoginService.pinSubject(reset.cassNumber()));
        if (!resets.consume(hash, reset.cassNumber(), hasher.hash(newPin))) {
            throw new InvalidInput("token", INVALID_LINK);
        }
        try {
            notices.post(Notice.pinChanged(reset.cassNumber(), now));
        } catch (NoticeQueue.NotPosted e) {
            LOG.error("PIN change notice for {} not posted: {}", reset.cassNumber(), e.getMessage());
        }
    }

    private static boolean sameAddress(String onFile, String given) {
        return onFile.trim().toLowerCase(Locale.ROOT).equals(given.trim().toLowerCase(Locale.ROOT));
    }
}
