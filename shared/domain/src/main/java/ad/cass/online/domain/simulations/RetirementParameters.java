package ad.cass.online.domain.simulations;

import ad.cass.online.domain.config.StrictProperties;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Seed 000 §2.2.1 "Simulador de pensions": the conditions of a retirement pension (65 years of age, 15 years of
 * contributions) and the value of an old-age point.
 *
 * @param annualPointValueCents what one point pays a year, in cents. The seeds give no value: the file's figure is
 *                              our placeholder, CASS sets the real one (pension-parameters.properties says so)
 */
public record RetirementParameters(int age, int minimumContributionYears, BigDecimal annualPointValueCents) {
    public RetirementParameters {
        Objects.requireNonNull(annualPointValueCents, "annualPointValueCents");
        if (age <= 0 || minimumContributionYears <= 0 || annualPointValueCents.signum() < 0) {
            throw new IllegalArgumentException("retirement parameters out of range");
        }
    }

    public int minimumContributionMonths() {
        return minimumContributionYears * 12;
    }

    static RetirementParameters read(StrictProperties values) {
        return new RetirementParameters(values.integer("retirement.age"),
                values.integer("retirement.minimumContributionYears"), values.decimal("retirement.annualPointValueCents"));
    }
}
