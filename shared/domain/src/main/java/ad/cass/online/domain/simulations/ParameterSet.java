package ad.cass.online.domain.simulations;

import ad.cass.online.domain.config.StrictProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The law's numbers in force from {@code effectiveFrom} until the next set's date ({@link PensionParameters}).
 *
 * @param minimumWageCents the SMI, monthly, in cents (seed 003 §2.1 "SMI = 1.525,33 €")
 */
public record ParameterSet(LocalDate effectiveFrom, BigDecimal minimumWageCents, InvalidityParameters invalidity,
                           CncParameters cnc, RetirementParameters retirement) {
    public ParameterSet {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(invalidity, "invalidity");
        Objects.requireNonNull(cnc, "cnc");
        Objects.requireNonNull(retirement, "retirement");
        if (minimumWageCents == null || minimumWageCents.signum() <= 0) {
            throw new IllegalArgumentException("the minimum wage must be positive, not " + minimumWageCents);
        }
    }

    /** Built from one date's {@code name=value} pairs of pension-parameters.properties; every name is used once. */
    static ParameterSet read(LocalDate effectiveFrom, StrictProperties values) {
        ParameterSet set = new ParameterSet(effectiveFrom, values.decimal("minimumWageCents"),
                InvalidityParameters.read(values), CncParameters.read(values), RetirementParameters.read(values));
        values.requireAllUsed();
        return set;
    }
}
