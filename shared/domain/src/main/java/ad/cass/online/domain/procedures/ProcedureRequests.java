package ad.cass.online.domain.procedures;

import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.error.Forbidden;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.idempotency.IdempotencyKey;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.person.ProfileType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * The requests a person files through the portal (seeds 001 and 002, "Sol·licitar": certificates, travel, a change
 * of personal data), for themselves or for a dependant in their charge, and the changes to one while it waits on
 * them (seed 000 §2.1.2, "modificar-lo"). Each is written once per {@code Idempotency-Key}, however often retried.
 * A procedure with documents to bring waits on the person until they are all there ({@link ProcedureUploads});
 * one without goes straight to CASS.
 */
public final class ProcedureRequests {
    static final String NOT_AN_INSURED_PROFILE = "Les sol·licituds són de la persona assegurada: trieu el vostre perfil "
            + "o el d'un beneficiari al vostre càrrec.";
    static final String NOTHING_TO_MODIFY = "Aquest tipus de tràmit no té dades que es puguin modificar des del portal.";
    static final String NO_CHANGES = "Indiqueu almenys un camp per modificar.";

    private final AccessGuard guard;
    private final ProcedureStore store;
    private final RequestRules rules;
    private final Clock clock;

    public ProcedureRequests(AccessGuard guard, ProcedureStore store, RequestRules rules, Clock clock) {
        this.guard = guard;
        this.store = store;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Files a request of {@code type} with its fields for the person the caller acts as: 201 with its code. The same
     * key again answers the procedure the first request filed.
     */
    public Procedure file(Principal caller, String idempotencyKey, ProcedureType type, Map<String, String> fields) {
        IdempotencyKey key = new IdempotencyKey(idempotencyKey);
        RequestForm form = RequestForm.of(type);
        AccessGuard.Reached reached = guard.reachToWrite(caller, DataCategory.PROCEDURES);
        ProfileType profile = reached.subject().profile().type();
        if (profile != ProfileType.OWN && profile != ProfileType.DEPENDANT) {
            throw new Forbidden(NOT_AN_INSURED_PROFILE); // a declarant has no health cover to certify
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = now.atZone(CatalanFormat.ANDORRA).toLocalDate();
        Map<String, String> kept = rules.check(form, fields, reached.person().birthDate(), today);
        ProcedureStatus status = form.mandatory().isEmpty() ? ProcedureStatus.IN_PROGRESS : ProcedureStatus.PENDING;
        return store.createOnce(new Procedure(reached.subject().person(), ProcedureCodes.forRequest(reached.subject().person(), key, today),
                type.label(), today, now, status, false, form.documents(), kept));
    }

    /**
     * Changes the fields {@code changes} names (a null value empties an optional one) of a procedure that waits on the
     * person, once per key; the whole request is checked again, as when it was filed.
     */
    public Procedure modify(Principal caller, String code, String idempotencyKey, Map<String, String> changes) {
        IdempotencyKey key = new IdempotencyKey(idempotencyKey);
        if (changes.isEmpty()) {
            throw new InvalidInput("fields", NO_CHANGES);
        }
        AccessGuard.Reached reached = guard.reachToWrite(caller, DataCategory.PROCEDURES);
        Procedure seen = ProcedureService.procedure(store, reached.subject(), code);
        RequestForm form = ProcedureType.describing(seen.type()).flatMap(RequestForm::find)
                .orElseThrow(() -> new InvalidInput("fields", NOTHING_TO_MODIFY));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Map<String, String> merged = new HashMap<>(seen.fields());
        changes.forEach(merged::put); // HashMap takes the nulls, which the check drops
        // the dates were checked against the day the request was filed, and are again against today
        Map<String, String> kept = rules.check(form, merged, reached.person().birthDate(),
                now.atZone(CatalanFormat.ANDORRA).toLocalDate());
        return ProcedureService.change(store, caller, reached.subject(), seen,
                seen.changed(now, seen.status(), seen.documents(), kept), "MODIFY",
                ProcedureService.keyDigest(key, reached.subject()));
    }
}
