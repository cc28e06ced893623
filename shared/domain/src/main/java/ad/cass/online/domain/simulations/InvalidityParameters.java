package ad.cass.online.domain.simulations;

import ad.cass.online.domain.config.StrictProperties;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Seed 003 §1: the numbers of an invalidity pension.
 *
 * @param capMinimumWageMultiple                the cap, in SMIs (seed 003 §1.5 "no pot ser superior a 2,5 vegades
 *                                              el salari mínim")
 * @param commonIllnessMinimumImpairmentPercent seed 003 §1.1 "Mínim 60% IPP"
 * @param group1Percent                         seed 003 §1.2, of the theoretical retirement pension, can keep working
 * @param group2Percent                         seed 003 §1.2, of the theoretical retirement pension, cannot
 */
public record InvalidityParameters(BigDecimal capMinimumWageMultiple, BigDecimal commonIllnessMinimumImpairmentPercent,
                                   QualifyingPeriod qualifyingPeriod, BigDecimal group1Percent,
                                   BigDecimal group2Percent, WorkAccidentScale workAccident) {
    public InvalidityParameters {
        Objects.requireNonNull(capMinimumWageMultiple, "capMinimumWageMultiple");
        Objects.requireNonNull(commonIllnessMinimumImpairmentPercent, "commonIllnessMinimumImpairmentPercent");
        Objects.requireNonNull(qualifyingPeriod, "qualifyingPeriod");
        Objects.requireNonNull(group1Percent, "group1Percent");
        Objects.requireNonNull(group2Percent, "group2Percent");
        Objects.requireNonNull(workAccident, "workAccident");
    }

    static InvalidityParameters read(StrictProperties values) {
        return new InvalidityParameters(values.decimal("invalidity.capMinimumWageMultiple"),
                values.decimal("commonIllness.minimumImpairmentPercent"), QualifyingPeriod.read(values),
                values.decimal("commonIllness.group1Percent"), values.decimal("commonIllness.group2Percent"),
                WorkAccidentScale.read(values));
    }
}
