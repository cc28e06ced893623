package ad.cass.online.domain.extracts;

import ad.cass.online.domain.error.Unavailable;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.notices.ActiveNotice;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.person.PersonStore;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fulfils a requested document, off the request path (issue 20): writes it straight into the bucket while its rows
 * are read, hashing it on the way, then in one write marks the request READY, announces it as an active notice (seed
 * 000 §2.2.2) and records what the public check answers.
 * <ul>
 *   <li>Idempotent on the request: a message delivered twice, or retried after a crash, finds it READY and does
 *       nothing; two deliveries at once each write their own object, one wins the conditional write and the other
 *       deletes its object, so one document and one notice remain.</li>
 *   <li>A passing failure (S3 or DynamoDB unavailable) discards what was being written and is thrown, for the queue
 *       to deliver again with back-off; after {@code maxAttempts} the request ends FAILED, its state saying to ask again
 *       (no active notice: those announce documents ready to download, seed 000 §2.2.2). Anything else fails it at once: retrying the same input would fail the same way.</li>
 * </ul>
 */
public final class ExtractGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractGenerator.class);
    static final String TRY_AGAIN = "No s'ha pogut generar el document. Torneu-lo a demanar d'aquí a una estona.";

    private final ExtractStore store;
    private final PersonStore people;
    private final ExtractDocuments documents;
    private final GeneratedFiles files;
    private final int maxAttempts;
    private final int availableDays;
    private final Clock clock;

    /**
     * @param maxAttempts   generations tried before the request is failed (below the queue's maxReceiveCount, so the
     *                      person is told before the message goes to the dead-letter queue)
     * @param availableDays how long the notice offers the document (the bucket's lifecycle keeps it as long)
     */
    public ExtractGenerator(ExtractStore store, PersonStore people, ExtractDocuments documents, GeneratedFiles files,
                            int maxAttempts, int availableDays, Clock clock) {
        this.store = store;
        this.people = people;
        this.documents = documents;
        this.files = files;
        this.maxAttempts = maxAttempts;
        this.availableDays = availableDays;
        this.clock = clock;
    }

    /** What a delivery of a job came to: what the operators count (issue 23). */
    public enum Outcome {
        /** Written, recorded and offered to the person by this delivery. */
        GENERATED,
        /** Given up on after the last attempt: the person is told to ask again. */
        FAILED,
        /** Nothing done: the request is finished, failed or unknown, or another delivery finished it. */
        NOTHING
    }

    /** @return what this delivery did; a passing failure before the last attempt throws, for the queue to retry */
    public Outcome generate(ExtractJob job) {
        Optional<ExtractRequest> found = store.find(job.subjectNumber(), job.id());
        if (found.isEmpty() || found.get().state() != ExtractState.PENDING) {
            LOG.info("extract {} is {}: nothing to do", job.id(), found.map(r -> r.state().name()).orElse("unknown"));
            return Outcome.NOTHING;
        }
        ExtractRequest request = found.get().attempted();
        if (!store.attempt(found.get())) {
            return Outcome.NOTHING; // finished meanwhile by another delivery
        }
        try {
            return produce(request) ? Outcome.GENERATED : Outcome.NOTHING;
        } catch (Unavailable passing) {
            if (request.attempts() >= maxAttempts) {
                fail(request, passing);
                return Outcome.FAILED;
            }
            throw passing;
        } catch (RuntimeException broken) {
            LOG.error("extract {} cannot be generated", request.id(), broken);
            fail(request, broken);
            return Outcome.FAILED;
        }
    }

    /** @return whether this delivery's copy is the one recorded (false: another delivery's was) */
    private boolean produce(ExtractRequest request) {
        Person person = people.find(request.subject()).orElseThrow(() -> new IllegalStateException("no person " + request.subject()));
        String key = "generated/" + request.subject().value() + "/" + request.id() + "/" + UUID.randomUUID() + "."
                + request.format().code();
        MessageDigest sha = sha256();
        LocalDate validUntil;
        try (GeneratedFiles.Upload upload = files.open(key, documents.contentType(request.format()))) {
            // not closed: the writers leave their stream open, and closing the upload's before complete() discards it
            validUntil = documents.write(request, person, new DigestOutputStream(upload.stream(), sha));
            upload.complete();
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(CatalanFormat.ANDORRA).toLocalDate();
        ExtractRequest ready = request.ready(key, HexFormat.of().formatHex(sha.digest()), now);
        ActiveNotice notice = new ActiveNotice(request.subject(), "AV-" + request.id(), request.id(), request.type().title(), now,
                today.plusDays(availableDays - 1L), null, key);
        Verification verification = new Verification(request.verificationCode(), request.type(), now, validUntil, ready.sha256(),
                initials(person), false);
        boolean finished;
        try {
            finished = store.finish(ready, notice, verification);
        } catch (RuntimeException notRecorded) {
            discard(key); // the next delivery writes its own copy: this one would be an orphan no link ever names
            throw notRecorded;
        }
        if (!finished) {
            LOG.info("extract {} was finished by another delivery: this copy is removed", request.id());
            files.delete(key);
        }
        return finished;
    }

    private void fail(ExtractRequest request, RuntimeException why) {
        store.fail(request.failed(TRY_AGAIN, clock.instant()));
        LOG.warn("extract {} failed after {} attempts: {}", request.id(), request.attempts(), why.toString());
    }

    /** Best effort: when the store is what failed, S3 may be too; the lifecycle rule removes generated/ after a week. */
    private void discard(String key) {
        try {
            files.delete(key);
        } catch (RuntimeException e) {
            LOG.warn("the unrecorded copy {} stays until the lifecycle rule removes it: {}", key, e.toString());
        }
    }

    /** "J. V. F." for Jordi Vidal Font: what the public check tells of the holder, and nothing more. */
    static String initials(Person person) {
        StringBuilder initials = new StringBuilder();
        for (String part : (person.givenName() + " " + person.familyName()).trim().split("\\s+")) {
            if (!part.isEmpty() && Character.isLetter(part.codePointAt(0))) {
                initials.append(initials.length() == 0 ? "" : " ").appendCodePoint(part.codePointAt(0)).append('.');
            }
        }
        return initials.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
