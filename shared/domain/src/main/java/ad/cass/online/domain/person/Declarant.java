package ad.cass.online.domain.person;

import java.util.Objects;

/**
 * A declarant role a person holds besides being insured: self-employed activity or household
 * employer (seed 000, §2.2.6 "persona que duu a terme una activitat per compte propi i/o és titular de la llar").
 * {@code number} is the declarant's census number at CASS.
 */
public record Declarant(String number, DeclarantKind kind, String name) {
    public Declarant {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
