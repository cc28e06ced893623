package ad.cass.online.aws.signin;

import ad.cass.online.aws.person.PersonView;
import ad.cass.online.aws.person.ProfileView;
import ad.cass.online.domain.signin.LoginResult;
import java.util.List;

/** What every way in answers: the bearer token, the person, the profiles on offer and the active one. */
public record LoginView(String token, String tokenType, PersonView person, List<ProfileView> profiles,
                        String activeProfileId) {
    public static LoginView of(LoginResult result) {
        return new LoginView(result.token(), "Bearer", PersonView.of(result.person()), ProfileView.of(result.profiles()),
                result.session().profileId());
    }
}
