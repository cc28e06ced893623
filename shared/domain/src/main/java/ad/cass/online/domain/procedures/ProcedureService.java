package ad.cass.online.domain.procedures;

import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.access.AccessLogService;
import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.access.Subject;
import ad.cass.online.domain.error.Forbidden;
import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.identity.Principal;

/**
 * The procedures of the person the caller acts as (seed 000 §2.1.2), read through the access guard: a
 * dependant's are their holder's to see, except those about professional activity (seed 000 §1.1), which a
 * list leaves out and a request by code refuses; a code that is not the person's is not found.
 */
public final class ProcedureService {
    static final String NOT_FOUND = "No s'ha trobat aquest tràmit.";
    static final String PROFESSIONAL = "Aquest tràmit és de l'activitat professional de la persona assegurada indirecta: "
            + "només el pot veure ella mateixa.";

    private final AccessGuard guard;
    private final ProcedureStore store;

    public ProcedureService(AccessGuard guard, ProcedureStore store) {
        this.guard = guard;
        this.store = store;
    }

    /** A page of the procedures {@code filter} finds, newest first. */
    public ProcedureStore.Page search(Principal caller, ProcedureFilter filter, int limit, String cursor) {
        AccessLogService.requirePageSize(limit);
        Subject subject = guard.subject(caller, DataCategory.PROCEDURES);
        return store.page(subject.person(), filter, subject.mayRead(DataCategory.PROFESSIONAL), limit, cursor);
    }

    /** One procedure, its documents with it. */
    public Procedure procedure(Principal caller, String code) {
        Subject subject = guard.subject(caller, DataCategory.PROCEDURES);
        Procedure found = store.find(subject.person(), code).orElseThrow(() -> new NotFound(NOT_FOUND));
        if (found.professional() && !subject.mayRead(DataCategory.PROFESSIONAL)) {
            throw new Forbidden(PROFESSIONAL);
        }
        return found;
    }
}
