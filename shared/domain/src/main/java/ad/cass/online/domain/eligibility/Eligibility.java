package ad.cass.online.domain.eligibility;

import java.util.Objects;

/** A person's standing in the two regimes of seed 003 §4 on one day. */
public record Eligibility(ThirdPartyPayer thirdPartyPayer, FullReimbursement fullReimbursement) {
    public Eligibility {
        Objects.requireNonNull(thirdPartyPayer, "thirdPartyPayer");
        Objects.requireNonNull(fullReimbursement, "fullReimbursement");
    }
}
