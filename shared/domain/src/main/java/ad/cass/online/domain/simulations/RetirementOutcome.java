package ad.cass.online.domain.simulations;

import java.time.LocalDate;
import java.util.List;

/**
 * What the retirement simulator answers (seed 000 §2.2.1): the monthly pension the points give today, whether the
 * conditions hold, what is missing, and when both would hold.
 *
 * @param amountCents                 the monthly pension of the points accumulated, whatever the conditions
 * @param missingYearsOfAge           birthdays still to come before the retirement age, 0 when it is reached
 * @param missingMonthsOfContribution months of contribution still missing, Andorra and totalised together
 * @param holdsOn                     the first day both conditions would hold if the person kept contributing every
 *                                    month ({@link RetirementSimulator}); null when they hold today
 * @param reasons                     in Catalan, for the person
 */
public record RetirementOutcome(long amountCents, boolean conditionsMet, boolean ageConditionMet,
                                boolean contributionConditionMet, int missingYearsOfAge,
                                int missingMonthsOfContribution, LocalDate holdsOn, List<String> reasons) {
    public RetirementOutcome {
        reasons = List.copyOf(reasons);
    }
}
