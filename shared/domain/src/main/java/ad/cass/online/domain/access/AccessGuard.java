package ad.cass.online.domain.access;

import ad.cass.online.domain.error.Forbidden;
import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.error.Unauthenticated;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.person.PersonStore;
import ad.cass.online.domain.person.Profile;
import ad.cass.online.domain.person.Profiles;

/**
 * The one question every data route asks before it reads or writes (seed 000 §1.1, seed 002): acting as the
 * session's active profile, whose data is this, and may this category of it be touched?
 * <ul>
 *   <li>The active profile is checked against the caller's household as it is now, in one read: a profile
 *       that is no longer theirs (a former dependant, a declarant role given up) or never was (a stranger,
 *       another person's dependant) is {@link NotFound}, which tells nothing of whether that data exists.</li>
 *   <li>Own profile: all of one's own data; a declarant's affairs only through that declarant's profile.</li>
 *   <li>Dependant: their data, except what concerns professional activity ({@link Forbidden}, seed 000 §1.1).</li>
 *   <li>Declarant profile: that declarant's affairs, and the holder's own data unless the session came in
 *       with a CASS digital certificate, which acts only as its declarant (seed 002).</li>
 * </ul>
 */
public final class AccessGuard {
    static final String NO_LONGER_YOURS = "Aquest perfil no és accessible des del vostre compte.";
    static final String CHOOSE_THE_DECLARANT = "Trieu el perfil del declarant per consultar aquestes dades.";
    static final String DECLARANT_ONLY = "Amb el certificat digital de la CASS només podeu actuar com a declarant.";

    private final PersonStore people;

    public AccessGuard(PersonStore people) {
        this.people = people;
    }

    /** Whose data {@code category} means for this caller, or the refusal. */
    public Subject subject(Principal caller, DataCategory category) {
        // a session whose person was removed is no longer a valid identity
        PersonStore.Household household = people.household(caller.cassNumber()).orElseThrow(Unauthenticated::new);
        Profile active = Profiles.find(Profiles.availableTo(household.person(), household.dependants()), caller.profileId())
                .orElseThrow(() -> new NotFound(NO_LONGER_YOURS));
        Actor actor = Actor.of(household.person(), household.dependants());
        return switch (active.type()) {
            case OWN, DEPENDANT -> {
                if (caller.declarantOnly()) {
                    throw new Forbidden(DECLARANT_ONLY);
                }
                if (category == DataCategory.DECLARANT) {
                    throw new Forbidden(CHOOSE_THE_DECLARANT);
                }
                AccessPolicy.require(actor, active.subject(), category);
                yield new Subject(active.subject(), active);
            }
            case SELF_EMPLOYED, HOUSEHOLD_EMPLOYER -> {
                if (category == DataCategory.DECLARANT) {
                    AccessPolicy.requireDeclarant(actor, active.declarantNumber());
                } else if (caller.declarantOnly()) {
                    throw new Forbidden(DECLARANT_ONLY);
                }
                yield new Subject(active.subject(), active);
            }
        };
    }
}
