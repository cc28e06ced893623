package ad.cass.online.domain.eligibility;

import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.person.Person;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Whether the person of the active profile has the third-party payer and the reimbursement up to 100 % today
 * (seed 003 §4), in Europe/Andorra. Health data: a holder reads a dependant's, since it concerns their health
 * benefits (seed 000 §1.1); anyone else is never reached ({@link AccessGuard}).
 */
public final class EligibilityService {
    private final AccessGuard guard;
    private final SituationStore store;
    private final EligibilityParameters parameters;
    private final Clock clock;

    public EligibilityService(AccessGuard guard, SituationStore store, EligibilityParameters parameters, Clock clock) {
        this.guard = guard;
        this.store = store;
        this.parameters = parameters;
        this.clock = clock;
    }

    public Eligibility eligibility(Principal caller) {
        AccessGuard.Reached reached = guard.reach(caller, DataCategory.HEALTH);
        Person person = reached.person();
        LocalDate today = clock.instant().atZone(CatalanFormat.ANDORRA).toLocalDate();
        return EligibilityRules.decide(person, store.situation(person.cassNumber()), today, parameters);
    }
}
