package ad.cass.online.domain.simulations;

import java.util.List;

/** The monthly non-contributory complement in cents (0 when none) and its reasons, in Catalan, for the person. */
public record CncOutcome(long amountCents, List<String> reasons) {
    public CncOutcome {
        reasons = List.copyOf(reasons);
    }
}
