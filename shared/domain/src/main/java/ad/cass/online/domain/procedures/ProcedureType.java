package ad.cass.online.domain.procedures;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.format.Coded;
import java.util.Arrays;

/**
 * The kinds of procedure a person finds in the search of seed 000 §2.1.2 ("el tipus de tràmit"): the requests
 * the access pages list (seeds 001/002: certificates, travel, personal data, referring doctor, extracts) and the
 * ones CASS opens itself (proof of life, dependants). A procedure's description starts with its type's label and
 * may say more after it ("Alta d'assegurat indirecte (estudiant de 18 a 25 anys): Martí Vidal"): our decision,
 * so that the descriptions already filed keep their words and still fall under one type.
 */
public enum ProcedureType implements Coded {
    HEALTH_COVERAGE_CERTIFICATE("health-coverage-certificate", "Certificat de cobertura sanitària"),
    STUDENT_CERTIFICATE_UNDER_25("student-certificate-under-25", "Certificat d'estudiant menor de 25 anys"),
    STUDENT_CERTIFICATE_25_TO_30("student-certificate-25-to-30", "Certificat d'estudiant de 25 a 30 anys"),
    TRAVEL_FORM("travel-form", "Formulari de desplaçament"),
    MEDICAL_VOUCHER_ABROAD("medical-voucher-abroad", "Volant mèdic a l'estranger"),
    PERSONAL_DATA_CHANGE("personal-data-change", "Modificació de dades personals"),
    BANK_DETAILS_CHANGE("bank-details-change", "Canvi de dades bancàries"),
    REFERRING_DOCTOR("referring-doctor", "Assignació de metge referent"),
    DEPENDANT_REGISTRATION("dependant-registration", "Alta d'assegurat indirecte"),
    DEPENDANT_DEREGISTRATION("dependant-deregistration", "Baixa d'assegurat indirecte"),
    PROOF_OF_LIFE("proof-of-life", "Fe de vida"),
    INCOME_EXTRACT("income-extract", "Extracte d'ingressos"),
    POINTS_EXTRACT("points-extract", "Extracte de punts"),
    CONTRIBUTION_BASE_DECLARATION("contribution-base-declaration", "Declaració de la base de cotització"),
    // issue 22: what a declarant asks CASS for (seed 002)
    DECLARANT_DATA_CHANGE("declarant-data-change", "Modificació de les dades del declarant"),
    EMPLOYEE_REGISTRATION("employee-registration", "Alta d'empleat"),
    EMPLOYEE_FIRST_REGISTRATION("employee-first-registration", "Primera matriculació d'empleat"),
    EMPLOYEE_LEAVING("employee-leaving", "Baixa d'empleat");

    static final String UNKNOWN = "El tipus de tràmit no és vàlid. Valors admesos: {0}.";

    private final String code;
    private final String label;

    ProcedureType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** The description a procedure of this type starts with. */
    public String label() {
        return label;
    }

    public boolean describes(String description) {
        return description.startsWith(label);
    }

    /** The type a procedure's description falls under, when it is one of these. */
    public static java.util.Optional<ProcedureType> describing(String description) {
        return Arrays.stream(values()).filter(t -> t.describes(description)).findFirst();
    }

    public static ProcedureType fromCode(String code) {
        return Coded.find(ProcedureType.class, code)
                .orElseThrow(() -> new InvalidInput("type", UNKNOWN, Coded.codes(ProcedureType.class)));
    }
}
