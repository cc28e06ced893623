package ad.cass.online.domain.extracts;

import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.format.Coded;

/**
 * The documents a person asks for, by {@code type}: the extracts (seeds 001/002, "Els extractes següents"; seed 000
 * §2.1.4, §2.2.1), professional data that take a period ("tota la vida, l'any anterior o un període específic") and
 * are tables, so PDF or XLSX; and the certificates (seeds 001/002, "Els certificats següents"), letters in PDF.
 */
public enum ExtractType implements Coded {
    /** Seed 000 §2.2.1, "Extracte de punts". */
    POINTS("points", "Extracte de punts de vellesa"),
    /** Seed 000 §2.1.4 and seeds 001/002, "L'extracte d'ingressos". */
    INCOME("income", "Extracte d'ingressos i bases de cotització"),
    /** Seeds 001/002, "L'extracte de pròrrogues i pagaments d'incapacitat temporal". */
    INCAPACITY("incapacity", "Extracte de pròrrogues i pagaments d'incapacitat temporal"),
    /** Seeds 001/002, "L'informe de vida laboral". */
    WORKING_LIFE("working-life", "Informe de vida laboral"),
    /** Seeds 001/002, "El certificat de cobertura sanitària d'un assegurat". */
    HEALTH_COVERAGE("health-coverage", "Certificat de cobertura sanitària"),
    /** Seed 001, "El certificat d'estudiant menor de 25 anys". */
    STUDENT_UNDER_25("student-under-25", "Certificat d'estudiant menor de 25 anys"),
    /** Seeds 001/002, "El certificat d'estudiant de 25 a 30 anys". */
    STUDENT_25_TO_30("student-25-to-30", "Certificat d'estudiant de 25 a 30 anys");

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

    /**
     * Whose data it reads, as the access guard asks: an extract is professional data (seed 000 §1.1: never through a
     * dependant's profile); a certificate states health cover, which a holder asks for on a dependant's behalf (the
     * student's certificate is for the student the holder covers).
     */
    public DataCategory category() {
        return certificate() ? DataCategory.HEALTH : DataCategory.PROFESSIONAL;
    }

    /** A certificate (seeds 001/002, "Els certificats següents"): a letter stating a fact today, no period, PDF only. */
    public boolean certificate() {
        return this == HEALTH_COVERAGE || this == STUDENT_UNDER_25 || this == STUDENT_25_TO_30;
    }

    public static ExtractType fromCode(String code) {
        return Coded.find(ExtractType.class, code)
                .orElseThrow(() -> new InvalidInput("type", UNKNOWN, Coded.codes(ExtractType.class)));
    }
}
