package ad.cass.online.domain.access;

import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Profile;
import java.util.Optional;

/**
 * Whose data a request reaches, as the access guard decided it: the person, the profile the caller acts as,
 * for a declarant profile the declarant, and whether the session's chosen profile had to fall back to the
 * person's own (the answer then says so: {@link AccessGuard#FELL_BACK}).
 */
public record Subject(CassNumber person, Profile profile, boolean fellBack) {
    public Optional<String> declarantNumber() {
        return Optional.ofNullable(profile.declarantNumber());
    }
}
