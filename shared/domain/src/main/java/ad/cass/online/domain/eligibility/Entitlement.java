package ad.cass.online.domain.eligibility;

import ad.cass.online.domain.format.Coded;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One of the cases of seed 003 §4.2 ("Qui hi té dret?") as CASS records it for a person, from {@code since} to
 * {@code until}, both included.
 *
 * @param until the last day the case holds; null when it is open-ended
 */
public record Entitlement(Kind kind, LocalDate since, LocalDate until) {
    public Entitlement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(since, "since");
        if (until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("an entitlement cannot end (" + until + ") before it starts (" + since + ")");
        }
    }

    /** Whether the recorded period covers {@code day}: {@code since <= day <= until}. Age limits are the rules'. */
    public boolean coversDay(LocalDate day) {
        return !since.isAfter(day) && (until == null || !until.isBefore(day));
    }

    /** The seven cases of seed 003 §4.2, in the seed's order; each label is the seed's own words. */
    public enum Kind implements Coded {
        /** Seed 003 §4.2, 1. */
        SOLIDARITY_PENSION_ELDERLY("solidarity-pension-elderly", "Beneficiaris d'una pensió de solidaritat per a la gent gran"),
        /** Seed 003 §4.2, 2. */
        SOLIDARITY_PENSION_DISABILITY("solidarity-pension-disability",
                "Beneficiaris d'una pensió de solidaritat per a persones discapacitades"),
        /** Seed 003 §4.2, 3: a common-illness invalidity pension of group 2, who cannot keep working (§1.2). */
        INVALIDITY_GROUP_2("invalidity-group-2",
                "Beneficiaris d'una pensió d'invalidesa derivada de malaltia comuna del Grup 2"),
        /**
         * Seed 003 §4.2, 4, "Orfes fins als 18-25 anys". Our reading (eligibility-parameters.properties): the case
         * holds until the 18th birthday, or until the 25th for a student ({@code EmploymentStatus.STUDENT}), as
         * seed 004 reads "18-25" for dependants.
         */
        ORPHAN("orphan", "Orfes fins als 18-25 anys"),
        /** Seed 003 §4.2, 5: "(Es tenen en compte les pensions estrangeres i d'altres ingressos)"; CASS assesses it. */
        INSUFFICIENT_RESOURCES("insufficient-resources", "Persones amb recursos econòmics insuficients"),
        /** Seed 003 §4.2, 6. */
        GOVERN_GUARDIANSHIP("govern-guardianship", "Persones sota la tutela de Govern per resolució judicial"),
        /**
         * Seed 003 §4.2, 7 (the seed's "na discapacitat" read as "una"): holds until the 18th birthday, the end of
         * "menors d'edat" (eligibility-parameters.properties).
         */
        MINOR_WITH_DISABILITY("minor-with-disability", "Les persones menors d'edat a qui s'hagi reconegut una "
                + "discapacitat d'acord amb la Llei de Garantia dels drets de les persones amb discapacitat");

        private final String code;
        private final String label;

        Kind(String code, String label) {
            this.code = code;
            this.label = label;
        }

        @Override
        public String code() {
            return code;
        }

        /** In Catalan, as the seed names the case. */
        public String label() {
            return label;
        }
    }
}
