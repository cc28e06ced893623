package ad.cass.online.domain.person;

/**
 * One account the logged-in person may act as. {@code subject} is whose insured data it shows;
 * {@code declarantNumber} is set only for declarant profiles. The id is stable and self-describing,
 * e.g. {@code own:100001A}, {@code dependant:100002B}, {@code self-employed:D0400100}.
 */
public record Profile(String id, ProfileType type, CassNumber subject, String name, String declarantNumber) {

    static Profile own(Person p) {
        return new Profile(ProfileType.OWN.prefix() + ":" + p.cassNumber().value(), ProfileType.OWN,
                p.cassNumber(), p.fullName(), null);
    }

    static Profile dependant(Person d) {
        return new Profile(ProfileType.DEPENDANT.prefix() + ":" + d.cassNumber().value(), ProfileType.DEPENDANT,
                d.cassNumber(), d.fullName(), null);
    }

    static Profile declarant(Person holder, Declarant declarant) {
        ProfileType type = ProfileType.of(declarant.kind());
        return new Profile(type.prefix() + ":" + declarant.number(), type, holder.cassNumber(), declarant.name(),
                declarant.number());
    }
}
