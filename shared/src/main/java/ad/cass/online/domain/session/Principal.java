package ad.cass.online.domain.session;

import ad.cass.online.domain.person.CassNumber;

/** The authenticated caller as the authorizer hands it to every function: person, active profile, session. */
public record Principal(CassNumber cassNumber, String profileId, String sessionId) {
}
