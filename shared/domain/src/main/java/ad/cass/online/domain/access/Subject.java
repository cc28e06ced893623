package ad.cass.online.domain.access;

import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Profile;
import ad.cass.online.domain.person.ProfileType;
import java.util.Optional;

/**
 * Whose data a request reaches, as the access guard decided it: the person, the profile the caller acts as,
 * for a declarant profile the declarant, and whether the session's chosen profile had to fall back to the
 * person's own (the answer then says so: {@link AccessGuard#FELL_BACK}).
 */
public record Subject(CassNumber person, Profile profile, boolean fellBack) {
    /**
     * Whether this profile may read {@code category} at all: a dependant's profile never reaches their
     * professional data (seed 000 §1.1), so a page that gathers several kinds leaves that part out.
     */
    public boolean mayRead(DataCategory category) {
        return profile.type() != ProfileType.DEPENDANT
                || (category != DataCategory.PROFESSIONAL && category != DataCategory.DECLARANT);
    }

    public Optional<String> declarantNumber() {
        return Optional.ofNullable(profile.declarantNumber());
    }
}
