package ad.cass.online.domain.procedures;

import ad.cass.online.domain.access.AccessEntry;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.access.AccessLogService;
import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.access.Subject;
import ad.cass.online.domain.error.Conflict;
import ad.cass.online.domain.error.Forbidden;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.idempotency.IdempotencyKey;
import ad.cass.online.domain.documents.DocumentLinks;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The procedures of the person the caller acts as (seed 000 §2.1.2), read through the access guard: a
 * dependant's are their holder's to see, except those about professional activity (seed 000 §1.1), which a
 * list leaves out and a request by code refuses; a code that is not the person's is not found.
 */
public final class ProcedureService {
    static final String NOT_FOUND = "No s'ha trobat aquest tràmit.";
    static final String PROFESSIONAL = "Aquest tràmit és de l'activitat professional de la persona assegurada indirecta: "
            + "només el pot veure ella mateixa.";

    static final String NO_SUCH_DOCUMENT = "No s'ha trobat aquest document del tràmit.";
    static final String NOT_YET = "Aquest document encara no està disponible.";
    static final String NOT_WAITING = "Aquest tràmit ja no està pendent de la vostra resposta, o ha canviat mentrestant: torneu-lo a consultar.";

    private final AccessGuard guard;
    private final ProcedureStore store;
    private final DocumentLinks links;
    private final Clock clock;

    /** @param links the documents' download links (issue 18: valid 5 minutes, DOCUMENT_LINK_SECONDS) */
    public ProcedureService(AccessGuard guard, ProcedureStore store, DocumentLinks links, Clock clock) {
        this.guard = guard;
        this.store = store;
        this.links = links;
        this.clock = clock;
    }

    /** A page of the procedures {@code filter} finds, newest first. */
    public ProcedureStore.Page search(Principal caller, ProcedureFilter filter, int limit, String cursor) {
        AccessLogService.requirePageSize(limit);
        Subject subject = guard.subject(caller, DataCategory.PROCEDURES);
        return store.page(subject.person(), filter, subject.mayRead(DataCategory.PROFESSIONAL), limit, cursor);
    }

    /** Our limit where the seed is silent: what one export holds (a person files a few dozen procedures in a life). */
    static final int MOST_EXPORTED = 2_000;
    static final String TOO_MANY = "La cerca troba més de {0} tràmits: acoteu-la amb un període.";

    /** What an export of the list holds: every procedure the filter finds, whose they are, and when they were read. */
    public record Listing(ProcedureFilter filter, List<Procedure> procedures, Person person, Instant readAt) {
        public Listing {
            procedures = List.copyOf(procedures);
        }
    }

    /**
     * Every procedure {@code filter} finds, newest first, for an export of the table as shown (issue 18): the pages of
     * the same Query one after another, up to {@link #MOST_EXPORTED}.
     */
    public Listing listing(Principal caller, ProcedureFilter filter) {
        AccessGuard.Reached reached = guard.reach(caller, DataCategory.PROCEDURES);
        boolean professional = reached.subject().mayRead(DataCategory.PROFESSIONAL);
        List<Procedure> all = new ArrayList<>();
        String cursor = null;
        do {
            ProcedureStore.Page page = store.page(reached.subject().person(), filter, professional, 100, cursor);
            all.addAll(page.procedures());
            cursor = page.next();
            if (all.size() > MOST_EXPORTED) {
                throw new InvalidInput("from", TOO_MANY, MOST_EXPORTED);
            }
        } while (cursor != null);
        return new Listing(filter, all, reached.person(), clock.instant());
    }

    /** One procedure, its documents with it. */
    public Procedure procedure(Principal caller, String code) {
        return procedure(guard.subject(caller, DataCategory.PROCEDURES), code);
    }

    /**
     * Seed 000 §2.1.2, "Per descarregar la documentació adjunta": a short-lived link to document {@code id} (its
     * position in the procedure's list, from 1), for whoever may read the procedure; one whose file is not there
     * yet, or no such document, is not found.
     */
    public DocumentLinks.Download download(Principal caller, String code, String id) {
        Procedure p = procedure(caller, code);
        ProcedureDocument document = p.documents().get(documentIndex(p, id));
        if (!document.available()) {
            throw new NotFound(NOT_YET);
        }
        return links.to(document.storageKey(), fileName(document));
    }

    /** Where document {@code id} (its position, from 1) is in the procedure's list; no such document is not found. */
    static int documentIndex(Procedure p, String id) {
        int index = id != null && id.matches("[1-9]\\d{0,2}") ? Integer.parseInt(id) - 1 : -1;
        if (index < 0 || index >= p.documents().size()) {
            throw new NotFound(NO_SUCH_DOCUMENT);
        }
        return index;
    }

    /** The name the person's browser saves it as: the document's own, as a PDF when it does not say. */
    static String fileName(ProcedureDocument d) {
        String name = d.name().replaceAll("[\\\\/:*?\"<>|]", "-");
        return name.matches("(?i).*\\.(pdf|jpe?g|png)$") ? name : name + ".pdf";
    }

    /**
     * Accepts or cancels a procedure that waits on the person, exactly once per {@code Idempotency-Key}: the same
     * request again answers the procedure as that request left it; any other once it no longer waits is a 409, and
     * of two at once, one wins.
     */
    public Procedure act(Principal caller, String code, String idempotencyKey, ProcedureAction action) {
        IdempotencyKey key = new IdempotencyKey(idempotencyKey);
        Subject subject = guard.subject(caller, DataCategory.PROCEDURES, AccessEntry.Operation.WRITE);
        Procedure found = procedure(subject, code);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return change(store, caller, subject, found, found.changed(now, action.leadsTo(), found.documents(), found.fields()),
                action.name(), keyDigest(key, subject));
    }

    /** What names a change made once per Idempotency-Key in the store: half the key's digest, as hex. */
    static String keyDigest(IdempotencyKey key, Subject subject) {
        return HexFormat.of().formatHex(key.digestFor(subject.person()), 0, 16);
    }

    /**
     * Writes {@code after} in place of {@code seen}, with its record (who, in which capacity); a procedure that no
     * longer waits on the person, or that another request changed meanwhile, is a 409.
     */
    static Procedure change(ProcedureStore store, Principal caller, Subject subject, Procedure seen, Procedure after,
                            String action, String keyDigest) {
        AccessEntry.Capacity capacity = subject.person().equals(caller.cassNumber()) ? AccessEntry.Capacity.SELF
                : AccessEntry.Capacity.HOLDER;
        try {
            return store.act(seen, after, action, keyDigest, capacity, caller.cassNumber());
        } catch (ProcedureStore.NotWaiting e) {
            throw new Conflict(NOT_WAITING);
        }
    }

    /** The procedure {@code code} of the person the guard let through, or why not. */
    static Procedure procedure(ProcedureStore store, Subject subject, String code) {
        Procedure found = store.find(subject.person(), code).orElseThrow(() -> new NotFound(NOT_FOUND));
        if (found.professional() && !subject.mayRead(DataCategory.PROFESSIONAL)) {
            throw new Forbidden(PROFESSIONAL);
        }
        return found;
    }

    private Procedure procedure(Subject subject, String code) {
        return procedure(store, subject, code);
    }
}
