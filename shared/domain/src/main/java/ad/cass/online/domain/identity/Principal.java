package ad.cass.online.domain.identity;

import ad.cass.online.domain.person.CassNumber;

/**
 * The authenticated caller as the authorizer hands it to every function: person, active profile, session,
 * and how they signed in (a CASS digital certificate session acts only as its declarant, seed 002).
 */
public record Principal(CassNumber cassNumber, String profileId, String sessionId, AuthMethod method) {

    public boolean declarantOnly() {
        return method == AuthMethod.CASS_CERTIFICATE;
    }
}
