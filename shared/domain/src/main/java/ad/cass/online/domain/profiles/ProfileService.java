package ad.cass.online.domain.profiles;

import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.person.PersonStore;
import ad.cass.online.domain.person.Profile;
import ad.cass.online.domain.person.ProfileType;
import ad.cass.online.domain.signin.CredentialStore;
import java.util.List;
import java.util.Set;

/**
 * The profiles the caller may switch between (seed 000, §2.2.6), and the one the session acts as, checked
 * by the access guard against the household as it is now.
 */
public final class ProfileService {
    private final AccessGuard guard;
    private final CredentialStore credentials;

    public ProfileService(PersonStore people, CredentialStore credentials) {
        this.guard = AccessGuard.actingOnly(people);
        this.credentials = credentials;
    }

    /**
     * @param notice    set when the session's chosen profile was no longer allowed: it acts as their own again
     * @param ownAccess the dependants among the profiles who hold a PIN of their own (seed 000 §1.1)
     */
    public record ProfileChoice(Person person, List<Profile> profiles, String activeProfileId, String notice,
                                Set<CassNumber> ownAccess) {
    }

    public ProfileChoice profilesOf(Principal caller) {
        AccessGuard.Acting acting = guard.acting(caller);
        List<Profile> profiles = acting.profiles();
        if (caller.declarantOnly()) { // seed 002: a CASS digital certificate acts only as its declarant
            profiles = profiles.stream().filter(p -> p.id().equals(acting.profile().id())).toList();
        }
        List<CassNumber> dependants = profiles.stream().filter(p -> p.type() == ProfileType.DEPENDANT).map(Profile::subject).toList();
        return new ProfileChoice(acting.household().person(), profiles, acting.profile().id(),
                acting.fellBack() ? AccessGuard.FELL_BACK : null, credentials.withOwnAccess(dependants));
    }
}
