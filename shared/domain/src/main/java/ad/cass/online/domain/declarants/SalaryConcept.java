package ad.cass.online.domain.declarants;

import ad.cass.online.domain.error.InvalidInput;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The concepts of a declared gross salary (issue 22: "gross salary split by concept"; the income extract shows the
 * same codes, seed 000 §2.1.4 "detall dels conceptes declarats"). Every one is contributory: the base is their sum.
 */
public enum SalaryConcept {
    SB("Salari base"),
    PA("Plus d'antiguitat"),
    HE("Hores extraordinàries"),
    PE("Paga extraordinària"),
    CM("Comissions"),
    PR("Primes"),
    VA("Vacances no gaudides");

    static final String UNKNOWN = "El concepte salarial no és vàlid. Valors admesos: {0}.";

    private final String label;

    SalaryConcept(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static SalaryConcept fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInput("lines.salary.concept", UNKNOWN,
                        Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))));
    }
}
