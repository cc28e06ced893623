package ad.cass.online.domain.identity;

import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.settings.Language;

/**
 * The authenticated caller as the authorizer hands it to every function: person, active profile, session,
 * how they signed in (a CASS digital certificate session acts only as its declarant, seed 002), and the
 * language they read (issue 17).
 */
public record Principal(CassNumber cassNumber, String profileId, String sessionId, AuthMethod method, Language language) {

    /** A caller who reads Catalan, the portal's first language. */
    public Principal(CassNumber cassNumber, String profileId, String sessionId, AuthMethod method) {
        this(cassNumber, profileId, sessionId, method, Language.CA);
    }

    public boolean declarantOnly() {
        return method == AuthMethod.CASS_CERTIFICATE;
    }
}
