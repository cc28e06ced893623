package ad.cass.online.domain.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer for the reimbursement up to 100 % (seed 003 §4.2).
 *
 * @param since   the earliest start of an active case; null when not eligible
 * @param cases   the kinds of the cases active today, in the seed's order, even when a private insurance makes them
 *                incompatible (the reasons say so)
 * @param reasons in Catalan, for the person: each case recorded and whether it holds, the insurance, the conclusion
 */
public record FullReimbursement(boolean eligible, LocalDate since, List<Entitlement.Kind> cases, List<String> reasons) {
    public FullReimbursement {
        cases = List.copyOf(cases);
        reasons = List.copyOf(reasons);
    }
}
