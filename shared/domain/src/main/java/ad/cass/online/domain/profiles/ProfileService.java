package ad.cass.online.domain.profiles;

import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.person.PersonStore;
import ad.cass.online.domain.person.Profile;
import java.util.List;

/**
 * The profiles the caller may switch between (seed 000, §2.2.6), and the one the session acts as, checked
 * by the access guard against the household as it is now.
 */
public final class ProfileService {
    private final AccessGuard guard;

    public ProfileService(PersonStore people) {
        this.guard = AccessGuard.actingOnly(people);
    }

    /** @param notice set when the session's chosen profile was no longer allowed: it acts as their own again */
    public record ProfileChoice(Person person, List<Profile> profiles, String activeProfileId, String notice) {
    }

    public ProfileChoice profilesOf(Principal caller) {
        AccessGuard.Acting acting = guard.acting(caller);
        List<Profile> profiles = acting.profiles();
        if (caller.declarantOnly()) { // seed 002: a CASS digital certificate acts only as its declarant
            profiles = profiles.stream().filter(p -> p.id().equals(acting.profile().id())).toList();
        }
        return new ProfileChoice(acting.household().person(), profiles, acting.profile().id(),
                acting.fellBack() ? AccessGuard.FELL_BACK : null);
    }
}
