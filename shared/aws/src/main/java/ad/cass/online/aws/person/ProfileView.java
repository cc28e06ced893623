package ad.cass.online.aws.person;

import ad.cass.online.domain.person.Profile;
import java.util.List;

/** A profile as JSON; {@code ownAccess} only where it was asked for (a dependant's, in GET /profiles), else absent. */
public record ProfileView(String id, String type, String cassNumber, String name, String declarantNumber, Boolean ownAccess) {
    public static ProfileView of(Profile p) {
        return of(p, null);
    }

    public static ProfileView of(Profile p, Boolean ownAccess) {
        return new ProfileView(p.id(), p.type().name(), p.subject().value(), p.name(), p.declarantNumber(), ownAccess);
    }

    public static List<ProfileView> of(List<Profile> profiles) {
        return profiles.stream().map(ProfileView::of).toList();
    }
}
