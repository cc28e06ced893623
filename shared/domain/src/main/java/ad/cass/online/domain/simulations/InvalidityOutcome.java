package ad.cass.online.domain.simulations;

import java.util.List;

/**
 * What the invalidity simulator answers: a monthly pension, a one-off capital or no right, the amount in cents
 * (0 when not eligible), and the reasons, in Catalan, for the person.
 */
public record InvalidityOutcome(Outcome outcome, long amountCents, List<String> reasons) {
    public enum Outcome {
        /** A monthly pension (seed 003 §1.2, §1.4 PENSIÓ). */
        PENSION,
        /** A one-off capital, a work accident's below 20 % (seed 003 §1.4 CAPITAL). */
        CAPITAL,
        /** No right: a requirement of seed 003 §1.1 is not met. */
        NOT_ELIGIBLE;

        /** As the JSON writes it. */
        public String code() {
            return name();
        }
    }

    public InvalidityOutcome {
        reasons = List.copyOf(reasons);
    }
}
