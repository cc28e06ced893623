package ad.cass.online.domain.session;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.Unauthenticated;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.person.Profile;
import ad.cass.online.domain.person.Profiles;
import ad.cass.online.domain.port.Account;
import ad.cass.online.domain.port.CredentialStore;
import ad.cass.online.domain.port.PersonStore;
import ad.cass.online.domain.port.PinHasher;
import ad.cass.online.domain.port.SessionStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Login with CASS number and PIN (seed 000, §1.1; seed 001). A wrong PIN and an unknown number end in the
 * same {@link Unauthenticated}, after the same hashing work, so neither answer nor timing tells whether
 * an account exists.
 */
public final class LoginService {
    private final PersonStore people;
    private final CredentialStore credentials;
    private final SessionStore sessions;
    private final PinHasher hasher;
    private final SessionPolicy policy;
    private final Clock clock;

    public LoginService(PersonStore people, CredentialStore credentials, SessionStore sessions, PinHasher hasher,
                        SessionPolicy policy, Clock clock) {
        this.people = people;
        this.credentials = credentials;
        this.sessions = sessions;
        this.hasher = hasher;
        this.policy = policy;
        this.clock = clock;
    }

    public LoginResult loginWithPin(CassNumber cassNumber, char[] pin) {
        if (pin == null || pin.length == 0) {
            throw new InvalidInput("pin", "Cal indicar el PIN.");
        }
        Optional<Account> account = credentials.account(cassNumber).filter(a -> a.pinHash() != null);
        if (account.isEmpty()) {
            hasher.burn(pin);
            throw new Unauthenticated();
        }
        if (!hasher.verify(pin, account.get().pinHash())) {
            throw new Unauthenticated();
        }
        Person person = account.get().person();
        List<Profile> profiles = Profiles.availableTo(person, people.findAll(account.get().dependants()));
        return open(person, profiles, AuthMethod.PIN);
    }

    private LoginResult open(Person person, List<Profile> profiles, AuthMethod method) {
        String token = SessionToken.generate();
        Instant now = clock.instant();
        // The own profile is active until the person picks another (seed 000, §1.2.3).
        Session session = new Session(SessionToken.hash(token), person.cassNumber(), profiles.get(0).id(), method,
                now, now);
        sessions.create(session, policy.expiresAt(session));
        return new LoginResult(token, session, person, profiles);
    }
}
