package ad.cass.online.domain.extracts;

import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.access.Subject;
import ad.cass.online.domain.contributions.ExtractPeriod;
import ad.cass.online.domain.documents.DocumentLinks;
import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.person.CoverageStore;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.person.PersonStore;
import ad.cass.online.domain.idempotency.IdempotencyKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * Asking for a document and following it (issue 20; seeds 001/002 "Els extractes següents", "Els certificats
 * següents"): the request is checked (a certificate also against who may have it, {@link CertificateRules})
 * and written at once, and generated off the request path by {@link ExtractGenerator}; its state, and when it is
 * ready a short-lived link, on request.
 */
public final class ExtractService {
    static final String NOT_FOUND = "No s'ha trobat aquesta sol·licitud de document.";
    /** What a person's list shows: more than a year of requests for anyone but a robot. */
    static final int LIST_LIMIT = 100;

    private final AccessGuard guard;
    private final PersonStore people;
    private final CoverageStore coverage;
    private final ExtractStore store;
    private final ExtractQueue queue;
    private final DocumentLinks links;
    private final Clock clock;

    public ExtractService(AccessGuard guard, PersonStore people, CoverageStore coverage, ExtractStore store, ExtractQueue queue,
                          DocumentLinks links, Clock clock) {
        this.guard = guard;
        this.people = people;
        this.coverage = coverage;
        this.store = store;
        this.queue = queue;
        this.links = links;
        this.clock = clock;
    }

    /**
     * A request for a document: type, period, format checked (400 naming the field), the acting profile allowed to
     * have it (a dependant's profile never gets professional extracts, seed 000 §1.1), written once per
     * Idempotency-Key and queued. A retry with the same key answers the same request, and queues it again while it
     * is pending (the first post may have failed: the generator does a request only once however often it comes).
     */
    public ExtractRequest request(Principal caller, String type, String period, String from, String to, String format,
                                  IdempotencyKey key) {
        ExtractType asked = ExtractType.fromCode(type);
        ExtractFormat as = ExtractFormat.fromCode(format == null ? ExtractFormat.PDF.code() : format);
        CertificateRules.checkShape(asked, period, from, to, as);
        Instant now = clock.instant();
        LocalDate today = now.atZone(CatalanFormat.ANDORRA).toLocalDate();
        // a certificate has no period: it is stored as the whole life to today, which nothing prints
        ExtractPeriod months = ExtractPeriod.of(period, from, to, today);
        Subject subject = guard.subject(caller, asked.category());
        if (asked.certificate()) {
            Person person = people.find(subject.person()).orElseThrow(() -> new NotFound(NOT_FOUND));
            CertificateRules.checkEligible(asked, person, coverage.coverage(subject.person()), today);
        }
        String id = "EX" + HexFormat.of().formatHex(key.digestFor(subject.person()), 0, 8).toUpperCase(java.util.Locale.ROOT);
        ExtractRequest request = store.createOnce(ExtractRequest.pending(subject.person(), id, asked, months, as, now,
                caller.cassNumber(), VerificationCodes.next(), caller.language()));
        if (request.state() == ExtractState.PENDING) {
            queue.post(ExtractJob.of(request));
        }
        return request;
    }

    /** The person's requests, newest first. */
    public List<ExtractRequest> list(Principal caller) {
        return store.list(guard.subject(caller, DataCategory.PROCEDURES).person(), LIST_LIMIT);
    }

    /** A request and, when ready, a link to its document; another person's id is not found, whether or not it exists. */
    public record Status(ExtractRequest request, DocumentLinks.Download download) {
    }

    public Status status(Principal caller, String id) {
        ExtractRequest request = store.find(guard.subject(caller, DataCategory.PROCEDURES).person(), id)
                .orElseThrow(() -> new NotFound(NOT_FOUND));
        return new Status(request, request.state() == ExtractState.READY ? links.to(request.documentKey(), request.fileName()) : null);
    }
}
