package ad.cass.online.domain.simulations;

import ad.cass.online.domain.error.InvalidInput;
import java.math.BigDecimal;

/**
 * What the invalidity simulator is asked (seed 003 §1), checked on construction: a bad or missing value is an
 * {@link InvalidInput} naming its JSON field. Always required: {@code origin}, {@code impairmentPercent}. For
 * {@link Origin#COMMON_ILLNESS} also {@code ageAtEvent}, {@code contributedMonths}, {@code canKeepWorking} and
 * {@code theoreticalRetirementPensionCents}; for {@link Origin#WORK_ACCIDENT} also {@code calculationBaseCents}
 * (seed 003 §1.4, the average monthly salary of the last 12 months worked within the 24 before the event). A field
 * the origin does not use may be left out (null); when given it is checked all the same.
 *
 * @param impairmentPercent the degree of impairment (GM), 0 to 100 with at most two decimals
 * @param ageAtEvent        whole years of age on the day of the event, 0 to 120
 * @param contributedMonths months contributed before the event, 0 to 1,440 and at most twelve per year of age
 */
public record InvalidityCase(Origin origin, BigDecimal impairmentPercent, Long calculationBaseCents, Integer ageAtEvent,
                             Integer contributedMonths, Boolean canKeepWorking, Long theoreticalRetirementPensionCents) {
    static final String IMPAIRMENT = "El grau de menyscabament ha de ser un percentatge entre 0 i 100, "
            + "amb dos decimals com a màxim.";
    static final String AGE = "L'edat en la data del fet causant ha de ser entre 0 i {0} anys.";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public InvalidityCase {
        Checks.required("origin", origin);
        Checks.required("impairmentPercent", impairmentPercent);
        if (origin == Origin.COMMON_ILLNESS) {
            Checks.required("ageAtEvent", ageAtEvent);
            Checks.required("contributedMonths", contributedMonths);
            Checks.required("canKeepWorking", canKeepWorking);
            Checks.required("theoreticalRetirementPensionCents", theoreticalRetirementPensionCents);
        } else {
            Checks.required("calculationBaseCents", calculationBaseCents);
        }
        if (impairmentPercent.signum() < 0 || impairmentPercent.compareTo(HUNDRED) > 0
                || impairmentPercent.stripTrailingZeros().scale() > 2) {
            throw new InvalidInput("impairmentPercent", IMPAIRMENT);
        }
        if (calculationBaseCents != null) {
            Checks.amount("calculationBaseCents", calculationBaseCents);
        }
        if (theoreticalRetirementPensionCents != null) {
            Checks.amount("theoreticalRetirementPensionCents", theoreticalRetirementPensionCents);
        }
        if (ageAtEvent != null && (ageAtEvent < 0 || ageAtEvent > Checks.MAX_AGE)) {
            throw new InvalidInput("ageAtEvent", AGE, Checks.MAX_AGE);
        }
        if (contributedMonths != null) {
            Checks.months("contributedMonths", contributedMonths);
            if (ageAtEvent != null) {
                Checks.monthsWithinAge("contributedMonths", contributedMonths, ageAtEvent);
            }
        }
    }
}
