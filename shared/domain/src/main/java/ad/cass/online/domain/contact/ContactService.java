package ad.cass.online.domain.contact;

import ad.cass.online.domain.access.AccessEntry;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.access.Subject;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.TooManyRequests;
import ad.cass.online.domain.error.Unavailable;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.mail.Mail;
import ad.cass.online.domain.mail.Mailer;
import ad.cass.online.domain.signin.Allowance;
import ad.cass.online.domain.signin.RateCounter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The contact form (seed 000 §2.2.4). A message is kept first, then mailed to the CASS inbox with the person's
 * reference and copied to the reply address; a few an hour per person. Sent once per Idempotency-Key: a retry
 * after a failed send mails what was kept, a retry after a sent one mails nothing again.
 */
public final class ContactService {
    static final String BAD_KEY = "Cal una capçalera Idempotency-Key d'entre 8 i 64 caràcters (lletres, xifres, - i _).";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final AccessGuard guard;
    private final ContactStore store;
    private final RateCounter counter;
    private final Allowance perPerson;
    private final Mailer mailer;
    private final String inbox;
    private final Clock clock;

    /** @param inbox CASS's address for the portal's messages (CONTACT_INBOX) */
    public ContactService(AccessGuard guard, ContactStore store, RateCounter counter, Allowance perPerson, Mailer mailer,
                          String inbox, Clock clock) {
        this.guard = guard;
        this.store = store;
        this.counter = counter;
        this.perPerson = perPerson;
        this.mailer = mailer;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** @return the message's reference, which the person quotes if they call */
    public String send(Principal caller, String idempotencyKey, ContactRequest request) {
        if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidInput("Idempotency-Key", BAD_KEY);
        }
        Subject subject = guard.subject(caller, DataCategory.PERSONAL, AccessEntry.Operation.WRITE);
        Instant now = clock.instant();
        long window = perPerson.window().toMillis();
        Instant start = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), window) * window);
        Instant end = start.plus(perPerson.window());
        if (!counter.take("CONTACT#" + caller.cassNumber().value(), start, end, perPerson.max())) {
            throw new TooManyRequests(Duration.between(now, end));
        }
        ContactMessage kept = store.createOnce(new ContactMessage(caller.cassNumber(), subject.person(),
                reference(caller, idempotencyKey), request, now, null));
        if (kept.sentAt() == null) {
            try {
                mailer.send(toInbox(kept));
                mailer.send(copy(kept));
            } catch (Mailer.MailNotSent e) {
                // kept, not sent: a passing failure; the same request again sends what was kept
                throw new Unavailable("SES: " + e.getMessage());
            }
            store.markSent(kept.sent(clock.instant()));
        }
        return kept.reference();
    }

    /** TC + 10 hex digits drawn from the person and the key: the same request, the same reference. */
    static String reference(Principal caller, String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((caller.cassNumber().value() + ":" + key).getBytes(StandardCharsets.UTF_8));
            return "TC" + HexFormat.of().withUpperCase().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private Mail toInbox(ContactMessage m) {
        return new Mail(inbox, "[CASS Online " + m.reference() + "] " + m.request().subject(),
                "Referència: " + m.reference() + "\n"
                        + "Persona: " + m.author().value() + (m.about().equals(m.author()) ? "" : " (en nom de " + m.about().value() + ")") + "\n"
                        + "Respondre a: " + m.request().replyEmail() + "\n\n" + m.request().message(), null);
    }

    private Mail copy(ContactMessage m) {
        return new Mail(m.request().replyEmail(), "CASS Online: hem rebut el vostre missatge (" + m.reference() + ")",
                "Hem rebut el vostre missatge amb la referència " + m.reference() + ". Us respondrem a aquesta adreça.\n\n"
                        + "Assumpte: " + m.request().subject() + "\n\n" + m.request().message()
                        + "\n\nCaixa Andorrana de Seguretat Social\nCentre d'Atenció a l'Usuari: 870 871 · cau@cass.ad", null);
    }
}
