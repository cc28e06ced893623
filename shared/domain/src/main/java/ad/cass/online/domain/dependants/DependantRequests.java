package ad.cass.online.domain.dependants;

import ad.cass.online.domain.access.AccessEntry;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.access.Subject;
import ad.cass.online.domain.error.Forbidden;
import ad.cass.online.domain.idempotency.IdempotencyKey;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.person.ProfileType;
import ad.cass.online.domain.procedures.DocumentRole;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.domain.procedures.ProcedureCodes;
import ad.cass.online.domain.procedures.ProcedureDocument;
import ad.cass.online.domain.procedures.ProcedureStatus;
import ad.cass.online.domain.procedures.ProcedureStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Registering a dependant (seed 004): the direct insured person files the request as a procedure, which
 * waits on them until they bring the documents the checklist names. The rules are {@link RegistrationRules};
 * this files the procedure, once however often the request is retried (its {@code Idempotency-Key}).
 */
public final class DependantRequests {
    static final String ONLY_THE_HOLDER = "Només la persona assegurada directa pot sol·licitar l'alta d'un assegurat indirecte.";

    /** The procedure filed and what to bring. */
    public record Filed(Procedure procedure, Checklist checklist) {
    }

    private final AccessGuard guard;
    private final ProcedureStore procedures;
    private final Clock clock;

    public DependantRequests(AccessGuard guard, ProcedureStore procedures, Clock clock) {
        this.guard = guard;
        this.procedures = procedures;
        this.clock = clock;
    }

    /** Seed 004, for any category: conditions, age limits, documents, sub-cases and renewals. */
    public static List<Requirements> requirements() {
        return java.util.Arrays.stream(DependantCategory.values()).map(RequirementsCatalogue::of).toList();
    }

    public Filed file(Principal caller, String idempotencyKey, NewDependant request) {
        IdempotencyKey key = new IdempotencyKey(idempotencyKey);
        Subject subject = guard.subject(caller, DataCategory.PROCEDURES, AccessEntry.Operation.WRITE);
        if (subject.profile().type() != ProfileType.OWN) {
            throw new Forbidden(ONLY_THE_HOLDER); // a dependant covers nobody; a declarant is no insured person
        }
        Instant now = clock.instant();
        LocalDate today = DependantRegistration.requestDateOf(now);
        Checklist checklist = RegistrationRules.check(new DependantRegistration(request.category(), request.birthDate(), today,
                request.subCases(), request.declarations()));
        List<ProcedureDocument> documents = checklist.documents().stream()
                .map(d -> new ProcedureDocument(d.text(), d.applicability() == Applicability.ALWAYS
                        ? DocumentRole.MANDATORY : DocumentRole.OPTIONAL))
                .toList();
        Procedure filed = procedures.createOnce(new Procedure(subject.person(), ProcedureCodes.forRequest(subject.person(), key, today),
                "Alta d'assegurat indirecte (" + label(request.category()) + "): " + request.givenName() + " "
                        + request.familyName(),
                today, now, ProcedureStatus.PENDING, false, documents));
        return new Filed(filed, checklist);
    }

    /** The category in a few words, for the procedure's type (the seed's headings are whole sentences). */
    static String label(DependantCategory category) {
        switch (category) {
            case SPOUSE_OR_PARTNER: return "cònjuge o parella estable";
            case CHILD_UNDER_18: return "fill menor de 18 anys";
            case CHILD_OF_SEPARATED_PARENTS: return "fill de progenitors separats";
            case MINOR_IN_CARE: return "menor a càrrec";
            case MINOR_UNDER_GUARDIANSHIP: return "menor tutelat";
            case ADULT_CHILD_CARING_FOR_SIBLINGS: return "fill que té cura de germans menors";
            case GRANDCHILD: return "nét a càrrec";
            case JUDICIALLY_INCAPACITATED: return "persona incapacitada judicialment";
            case STUDENT_18_TO_25: return "estudiant de 18 a 25 anys";
            case JOB_SEEKER_18_TO_25: return "demandant d'ocupació de 18 a 25 anys";
            default: throw new IllegalArgumentException(category.name());
        }
    }
}
