package ad.cass.online.domain.extracts;

import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.format.Coded;

/**
 * The documents a person asks for (seeds 001/002, "Els extractes següents"; seed 000 §2.1.4, §2.2.1), by
 * {@code type}. Each is professional data (seed 000 §1.1: never through a dependant's profile), takes a period
 * ("tota la vida, l'any anterior o un període específic") and is a table, so PDF or XLSX.
 */
public enum ExtractType implements Coded {
    /** Seed 000 §2.2.1, "Extracte de punts". */
    POINTS("points", "Extracte de punts de vellesa"),
    /** Seed 000 §2.1.4 and seeds 001/002, "L'extracte d'ingressos". */
    INCOME("income", "Extracte d'ingressos i bases de cotització"),
    /** Seeds 001/002, "L'extracte de pròrrogues i pagaments d'incapacitat temporal". */
    INCAPACITY("incapacity", "Extracte de pròrrogues i pagaments d'incapacitat temporal"),
    /** Seeds 001/002, "L'informe de vida laboral". */
    WORKING_LIFE("working-life", "Informe de vida laboral");

    static final String UNKNOWN = "El tipus de document ha de ser un d'aquests: {0}.";

    private final String code;
    private final String title;

    ExtractType(String code, String title) {
        this.code = code;
        this.title = title;
    }

    @Override
    public String code() {
        return code;
    }

    /** In Catalan, as the document and its notice are titled. */
    public String title() {
        return title;
    }

    /** Whose data it reads, as the access guard asks. */
    public DataCategory category() {
        return DataCategory.PROFESSIONAL;
    }

    public static ExtractType fromCode(String code) {
        return Coded.find(ExtractType.class, code)
                .orElseThrow(() -> new InvalidInput("type", UNKNOWN, Coded.codes(ExtractType.class)));
    }
}
