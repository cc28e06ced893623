package ad.cass.online.domain.dependants;

/**
 * What the applicant declares about the person to register, one answer per common condition (seed 004). The
 * first four are facts that exclude ("true" refuses); legal residence is the one that must be true.
 */
public record Declarations(
        boolean economicActivity,
        boolean ownsBusiness,
        boolean companyAdministrator,
        boolean pensionWithHealthCover,
        boolean legalResidence) {

    /** The answers that meet every condition. */
    public static Declarations eligible() {
        return new Declarations(false, false, false, false, true);
    }
}
