package ad.cass.online.domain.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which profiles a person may act as.
 * <p>Seed 000, §2.2.6 "Canvi de perfil": a person may switch profile when they have indirect insured
 * persons in their charge or represent other profiles, such as self-employed activity and/or household
 * employer. Seed 000, §1.1: through the direct insured person's account one may consult the dependants'
 * data and manage their procedures.
 */
public final class Profiles {
    private Profiles() {
    }

    /**
     * @param person     the logged-in person
     * @param dependants people whose holder is {@code person}; anyone else is ignored, so a stale or
     *                   wrong link can never open a stranger's profile
     */
    public static List<Profile> availableTo(Person person, List<Person> dependants) {
        List<Profile> profiles = new ArrayList<>();
        profiles.add(Profile.own(person));
        dependants.stream()
                .filter(d -> d.type() == InsuredType.INDIRECT && person.cassNumber().equals(d.holder()))
                .sorted(Comparator.comparing(d -> d.cassNumber().value()))
                .map(Profile::dependant)
                .forEach(profiles::add);
        person.declarants().stream()
                .sorted(Comparator.comparing(Declarant::kind).thenComparing(Declarant::number))
                .map(d -> Profile.declarant(person, d))
                .forEach(profiles::add);
        return List.copyOf(profiles);
    }

    public static Optional<Profile> find(List<Profile> profiles, String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
