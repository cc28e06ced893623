package ad.cass.online.domain.simulations;

import ad.cass.online.domain.config.StrictProperties;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Seed 003 §1.4, CÀLCUL: the degree of impairment (GM) of a work accident or occupational illness decides between a
 * capital (below {@code pensionFromImpairmentPercent}, 20 %) and a monthly pension (from it).
 *
 * @param capitalMultiplesFrom the capital bands: the lowest GM of a band (included) → the multiple of the base
 *                             ("X < 10% 2 vegades", "10 - 11 % 2,5 vegades", …, "19 – 20 % 7 vegades")
 * @param pensionRatePercent   the rate of the first pension band, from 20 % to 50 % both included ("20 - 50 %")
 * @param pensionRatesAbove    the later pension bands: a GM above the key (excluded) → the rate, up to the next key
 *                             (included). The seed writes "51 - 65 %" and leaves a GM between 50 and 51 open;
 *                             DOMAIN.md decides it is in the 75 % band, hence the key 50, "above 50"
 */
public record WorkAccidentScale(BigDecimal pensionFromImpairmentPercent,
                                NavigableMap<BigDecimal, BigDecimal> capitalMultiplesFrom,
                                BigDecimal pensionRatePercent, NavigableMap<BigDecimal, BigDecimal> pensionRatesAbove) {
    public WorkAccidentScale {
        Objects.requireNonNull(pensionFromImpairmentPercent, "pensionFromImpairmentPercent");
        Objects.requireNonNull(pensionRatePercent, "pensionRatePercent");
        if (capitalMultiplesFrom.isEmpty() || capitalMultiplesFrom.firstKey().signum() != 0
                || capitalMultiplesFrom.lastKey().compareTo(pensionFromImpairmentPercent) >= 0) {
            throw new IllegalArgumentException("the capital bands must start at 0 and end below the pension threshold");
        }
        if (!pensionRatesAbove.isEmpty() && pensionRatesAbove.firstKey().compareTo(pensionFromImpairmentPercent) < 0) {
            throw new IllegalArgumentException("a pension band starts below the pension threshold");
        }
        capitalMultiplesFrom = Collections.unmodifiableNavigableMap(new TreeMap<>(capitalMultiplesFrom));
        pensionRatesAbove = Collections.unmodifiableNavigableMap(new TreeMap<>(pensionRatesAbove));
    }

    public boolean givesPension(BigDecimal impairmentPercent) {
        return impairmentPercent.compareTo(pensionFromImpairmentPercent) >= 0;
    }

    /** The band of a GM below the pension threshold: its lowest GM, its multiple. */
    public Map.Entry<BigDecimal, BigDecimal> capitalBand(BigDecimal impairmentPercent) {
        return capitalMultiplesFrom.floorEntry(impairmentPercent);
    }

    /** Where the capital band of this GM ends (excluded): the next band's lowest GM, or the pension threshold. */
    public BigDecimal capitalBandEnd(BigDecimal impairmentPercent) {
        BigDecimal next = capitalMultiplesFrom.higherKey(impairmentPercent);
        return next != null ? next : pensionFromImpairmentPercent;
    }

    /** The rate of a GM from the pension threshold on: that of the highest band whose key it is above. */
    public BigDecimal pensionRate(BigDecimal impairmentPercent) {
        Map.Entry<BigDecimal, BigDecimal> above = pensionRatesAbove.lowerEntry(impairmentPercent);
        return above != null ? above.getValue() : pensionRatePercent;
    }

    /** In Catalan, the pension band of this GM: "des del 20 % fins al 50 %", "de més del 50 % fins al 65 %", … */
    String pensionBand(BigDecimal impairmentPercent) {
        BigDecimal above = pensionRatesAbove.lowerKey(impairmentPercent);
        BigDecimal upTo = pensionRatesAbove.ceilingKey(impairmentPercent);
        String from = above == null ? "des del " + Words.percent(pensionFromImpairmentPercent)
                : "de més del " + Words.percent(above);
        return upTo == null ? from : from + " fins al " + Words.percent(upTo);
    }

    static WorkAccidentScale read(StrictProperties values) {
        return new WorkAccidentScale(values.decimal("workAccident.pensionFromImpairmentPercent"),
                values.bands("workAccident.capitalMultipleFrom"), values.decimal("workAccident.pensionRatePercent"),
                values.bands("workAccident.pensionRateAbove"));
    }
}
