package ad.cass.online.domain.simulations;

import ad.cass.online.domain.config.StrictProperties;
import java.math.BigDecimal;
import java.util.Objects;

/** Seed 003 §2.1: the thresholds the non-contributory complement tops a pension up to, in percent of the SMI. */
public record CncParameters(BigDecimal group1Percent, BigDecimal group2Percent) {
    public CncParameters {
        Objects.requireNonNull(group1Percent, "group1Percent");
        Objects.requireNonNull(group2Percent, "group2Percent");
    }

    /** The threshold of group 1 (40 %) or 2 (80 %); the group is checked by {@link CncCase}. */
    public BigDecimal thresholdPercent(int group) {
        return group == 1 ? group1Percent : group2Percent;
    }

    static CncParameters read(StrictProperties values) {
        return new CncParameters(values.decimal("cnc.group1Percent"), values.decimal("cnc.group2Percent"));
    }
}
