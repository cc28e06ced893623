package ad.cass.online.domain.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer for the third-party payer (seed 003 §4.1).
 *
 * @param since       the first day it holds, the earlier of the grounds that hold; null when not eligible
 * @param wouldHoldOn when not eligible, the day it would hold by age (the later of the birthday and the regime's
 *                    start); null when eligible
 * @param reasons     in Catalan, for the person: each ground, held or not, and the conclusion
 */
public record ThirdPartyPayer(boolean eligible, LocalDate since, LocalDate wouldHoldOn, List<String> reasons) {
    public ThirdPartyPayer {
        reasons = List.copyOf(reasons);
    }
}
