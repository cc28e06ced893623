package ad.cass.online.domain.eligibility;

import ad.cass.online.domain.person.Person;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Seed 003 §4, pure: a person's standing in the third-party payer ({@link ThirdPartyPayerRule}, §4.1) and the
 * reimbursement up to 100 % ({@link FullReimbursementRule}, §4.2) on {@code today}, from what CASS records about them.
 */
public final class EligibilityRules {
    private EligibilityRules() {
    }

    /**
     * @param situation empty when CASS records nothing: then only age decides the third-party payer, and no case gives
     *                  the reimbursement up to 100 %
     */
    public static Eligibility decide(Person person, Optional<SocialSituation> situation, LocalDate today,
                                     EligibilityParameters parameters) {
        situation.ifPresent(s -> {
            if (!s.subject().equals(person.cassNumber())) {
                throw new IllegalArgumentException("the situation of " + s.subject() + " is not that of " + person.cassNumber());
            }
        });
        return new Eligibility(ThirdPartyPayerRule.decide(person, situation, today, parameters),
                FullReimbursementRule.decide(person, situation, today, parameters));
    }
}
