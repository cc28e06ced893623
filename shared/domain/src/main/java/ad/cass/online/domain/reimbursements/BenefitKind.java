package ad.cass.online.domain.reimbursements;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.format.Coded;

/**
 * The type of benefit a sheet is for, what the list of benefits is filtered by (seed 000 §2.1.3: "el tipus de
 * prestació (opcional)"). The seed names no types: these are the headings CASS's benefit sheets are grouped under,
 * our decision.
 */
public enum BenefitKind implements Coded {
    MEDICAL("medical", "Assistència mèdica"),
    PHARMACY("pharmacy", "Farmàcia"),
    HOSPITAL("hospital", "Hospitalització"),
    DENTAL("dental", "Odontologia"),
    LABORATORY("laboratory", "Anàlisis i proves diagnòstiques"),
    PHYSIOTHERAPY("physiotherapy", "Fisioteràpia i rehabilitació"),
    OTHER("other", "Altres prestacions");

    static final String UNKNOWN = "El tipus de prestació no és vàlid. Valors admesos: {0}.";

    private final String code;
    private final String label;

    BenefitKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** In Catalan, as a document names it. */
    public String label() {
        return label;
    }

    public static BenefitKind fromCode(String code) {
        return Coded.find(BenefitKind.class, code)
                .orElseThrow(() -> new InvalidInput("type", UNKNOWN, Coded.codes(BenefitKind.class)));
    }
}
