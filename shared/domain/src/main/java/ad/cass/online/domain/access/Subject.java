package ad.cass.online.domain.access;

import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Profile;
import java.util.Optional;

/**
 * Whose data a request reaches, as the access guard decided it: the person, the profile the caller acts as,
 * and for a declarant profile the declarant.
 */
public record Subject(CassNumber person, Profile profile) {
    public Optional<String> declarantNumber() {
        return Optional.ofNullable(profile.declarantNumber());
    }
}
