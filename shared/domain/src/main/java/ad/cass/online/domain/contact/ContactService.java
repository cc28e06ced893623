package ad.cass.online.domain.contact;

import ad.cass.online.domain.access.AccessEntry;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.access.Subject;
import ad.cass.online.domain.error.TooManyRequests;
import ad.cass.online.domain.error.Unavailable;
import ad.cass.online.domain.idempotency.IdempotencyKey;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.mail.Mail;
import ad.cass.online.domain.mail.Mailer;
import ad.cass.online.domain.signin.Allowance;
import ad.cass.online.domain.signin.RateCounter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The contact form (seed 000 §2.2.4). A message is kept first, then mailed to the CASS inbox with the person's
 * reference and copied to the reply address; a few an hour per person. Sent once per Idempotency-Key: a retry
 * after a failed send mails what was kept, a retry after a sent one mails nothing again.
 */
public final class ContactService {
    /** How long a claim to send holds: longer than the function may run (template.yaml's Timeout, 10 s). */
    static final Duration SENDING_LEASE = Duration.ofSeconds(30);

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
        IdempotencyKey key = new IdempotencyKey(idempotencyKey);
        Subject subject = guard.subject(caller, DataCategory.PERSONAL, AccessEntry.Operation.WRITE);
        Instant now = clock.instant();
        String reference = reference(caller, key);
        // a retry of a message kept is answered its reference, not refused: the allowance counted it once (bench/load
        // found a sixth message's retry refused when its first answer was lost)
        if (!store.isKept(caller.cassNumber(), reference)) {
            Optional<Instant> refusedUntil = counter.refusedUntil("CONTACT#" + caller.cassNumber().value(), perPerson, now);
            if (refusedUntil.isPresent()) {
                throw new TooManyRequests(Duration.between(now, refusedUntil.get()));
            }
        }
        ContactMessage kept = store.createOnce(new ContactMessage(caller.cassNumber(), subject.person(), reference, request, now, null));
        // the request that claims the message sends it; one with the same key at the same time (found by bench/load:
        // it mailed CASS and the person twice) answers the same reference, the sending in the first one's hands
        if (kept.sentAt() == null && store.claimSending(kept, now, now.plus(SENDING_LEASE))) {
            try {
                mailer.send(toInbox(kept));
                mailer.send(copy(kept));
            } catch (Mailer.MailNotSent e) {
                // kept, not sent: a passing failure; the same request again sends what was kept
                store.releaseSending(kept);
                throw new Unavailable("SES: " + e.getMessage());
            }
            store.markSent(kept.sent(clock.instant()));
        }
        return kept.reference();
    }

    /** TC + 10 hex digits drawn from the person and the key: the same request, the same reference. */
    static String reference(Principal caller, IdempotencyKey key) {
        return "TC" + HexFormat.of().withUpperCase().formatHex(key.digestFor(caller.cassNumber()), 0, 5);
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
