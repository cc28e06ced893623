package ad.cass.online.domain.profiles;

import ad.cass.online.domain.error.Unauthenticated;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.person.PersonStore;
import ad.cass.online.domain.person.Profile;
import ad.cass.online.domain.person.Profiles;
import java.util.List;

/** The profiles the caller may switch between (seed 000, §2.2.6). */
public final class ProfileService {
    private final PersonStore people;

    public ProfileService(PersonStore people) {
        this.people = people;
    }

    public record ProfileChoice(Person person, List<Profile> profiles, String activeProfileId) {
    }

    public ProfileChoice profilesOf(Principal caller) {
        // A session whose person was removed is no longer a valid identity.
        PersonStore.Household household = people.household(caller.cassNumber()).orElseThrow(Unauthenticated::new);
        List<Profile> profiles = Profiles.availableTo(household.person(), household.dependants());
        if (caller.declarantOnly()) { // seed 002: a CASS digital certificate acts only as its declarant
            profiles = profiles.stream().filter(p -> p.id().equals(caller.profileId())).toList();
        }
        return new ProfileChoice(household.person(), profiles, caller.profileId());
    }
}
