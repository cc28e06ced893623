package ad.cass.online.domain.signin;

import ad.cass.online.domain.identity.AuthMethod;
import ad.cass.online.domain.identity.Session;
import ad.cass.online.domain.identity.SessionPolicy;
import ad.cass.online.domain.identity.SessionStore;
import ad.cass.online.domain.identity.SessionToken;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.person.Profile;
import ad.cass.online.domain.settings.Language;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Opens a session after any way in: a fresh token, only its hash stored, the chosen profile active. */
public final class SessionOpener {
    private final SessionStore sessions;
    private final SessionPolicy policy;
    private final Clock clock;

    public SessionOpener(SessionStore sessions, SessionPolicy policy, Clock clock) {
        this.sessions = sessions;
        this.policy = policy;
        this.clock = clock;
    }

    /** @param language the person's (their settings), which the session's every answer is written in */
    LoginResult open(Person person, List<Profile> profiles, String profileId, AuthMethod method, Language language) {
        String token = SessionToken.generate();
        Instant now = clock.instant();
        Session session = new Session(SessionToken.hash(token), person.cassNumber(), profileId, method, now, now, language);
        sessions.create(session, policy.expiresAt(session), policy.absoluteEnd(session));
        sessions.keepNewest(person.cassNumber(), policy.maxPerPerson()); // the oldest beyond the cap end now
        return new LoginResult(token, session, person, profiles);
    }
}
