package ad.cass.online.domain.identity;

import ad.cass.online.domain.error.Forbidden;
import ad.cass.online.domain.error.Unauthenticated;
import ad.cass.online.domain.person.PersonStore;
import ad.cass.online.domain.person.Profile;
import ad.cass.online.domain.person.Profiles;
import java.util.List;

/** What a signed-in person does with their session: choose the profile to act as (seed 000, §1.2.3), leave. */
public final class SessionService {
    private final SessionStore sessions;
    private final PersonStore people;

    public SessionService(SessionStore sessions, PersonStore people) {
        this.sessions = sessions;
        this.people = people;
    }

    public void logout(Principal caller) {
        sessions.revoke(caller.sessionId());
    }

    /**
     * Seed 000, §1.2.3 and §2.2.6: one of the profiles the person may act as. A session opened with a CASS
     * digital certificate acts only as its declarant (seed 002) and cannot switch.
     */
    public Profile switchProfile(Principal caller, String profileId) {
        Session session = sessions.find(caller.sessionId()).orElseThrow(Unauthenticated::new);
        if (session.method() == AuthMethod.CASS_CERTIFICATE && !session.profileId().equals(profileId)) {
            throw new Forbidden("Una sessió oberta amb el certificat digital de la CASS només pot actuar com a declarant.");
        }
        PersonStore.Household household = people.household(caller.cassNumber()).orElseThrow(Unauthenticated::new);
        List<Profile> profiles = Profiles.availableTo(household.person(), household.dependants());
        // Someone else's profile is refused, not "not found": the person asked for it by name.
        Profile chosen = Profiles.find(profiles, profileId)
                .orElseThrow(() -> new Forbidden("No podeu actuar amb aquest perfil."));
        if (!sessions.switchProfile(caller.sessionId(), chosen.id())) {
            throw new Unauthenticated();
        }
        return chosen;
    }
}
