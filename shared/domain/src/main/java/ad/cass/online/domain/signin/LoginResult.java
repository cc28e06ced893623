package ad.cass.online.domain.signin;

import ad.cass.online.domain.identity.Session;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.person.Profile;
import java.util.List;

/** {@code token} is the only copy of the bearer token: it goes to the client and nowhere else. */
public record LoginResult(String token, Session session, Person person, List<Profile> profiles) {
}
