package ad.cass.online.domain.dependants;

import java.util.function.Predicate;

/**
 * What every indirect insured person must meet, whatever the category (seed 004, "Ha de complir els requisits
 * següents"). The seed's sixth bullet, "Trobar-se inclosa en els apartats detallats a continuació", is met by
 * choosing a category, so it is not asked again here.
 */
public enum CommonCondition {
    NO_ECONOMIC_ACTIVITY("economicActivity", "No realitzar activitats econòmiques, per compte propi o d’altri.",
            d -> !d.economicActivity(),
            "Una persona assegurada indirecta no pot realitzar activitats econòmiques, per compte propi o d'altri."),
    NO_BUSINESS("ownsBusiness", "No ser titular de comerços, indústries, explotacions agrícoles o ramaderes",
            d -> !d.ownsBusiness(),
            "Una persona assegurada indirecta no pot ser titular de comerços, indústries, explotacions agrícoles o ramaderes."),
    NO_COMPANY_ADMINISTRATOR("companyAdministrator", "No tenir càrrec d’administrador en societats.",
            d -> !d.companyAdministrator(),
            "Una persona assegurada indirecta no pot tenir càrrec d'administrador en societats."),
    NO_PENSION_WITH_HEALTH_COVER("pensionWithHealthCover", "No percebre cap pensió que doni dret a cobertura sanitària.",
            d -> !d.pensionWithHealthCover(),
            "Una persona assegurada indirecta no pot percebre cap pensió que doni dret a cobertura sanitària."),
    LEGAL_RESIDENCE("legalResidence", "Residir de manera legal a Andorra.",
            Declarations::legalResidence,
            "Una persona assegurada indirecta ha de residir de manera legal a Andorra.");

    private final String field;
    private final String seedText;
    private final Predicate<Declarations> metBy;
    private final String refusal;

    CommonCondition(String field, String seedText, Predicate<Declarations> metBy, String refusal) {
        this.field = field;
        this.seedText = seedText;
        this.metBy = metBy;
        this.refusal = refusal;
    }

    /** The request field that answers this condition, named in the 400. */
    public String field() {
        return field;
    }

    public String seedText() {
        return seedText;
    }

    public boolean isMetBy(Declarations declarations) {
        return metBy.test(declarations);
    }

    public String refusal() {
        return refusal;
    }
}
