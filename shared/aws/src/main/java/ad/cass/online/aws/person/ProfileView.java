package ad.cass.online.aws.person;

import ad.cass.online.domain.person.Profile;
import java.util.List;

public record ProfileView(String id, String type, String cassNumber, String name, String declarantNumber) {
    public static ProfileView of(Profile p) {
        return new ProfileView(p.id(), p.type().name(), p.subject().value(), p.name(), p.declarantNumber());
    }

    public static List<ProfileView> of(List<Profile> profiles) {
        return profiles.stream().map(ProfileView::of).toList();
    }
}
