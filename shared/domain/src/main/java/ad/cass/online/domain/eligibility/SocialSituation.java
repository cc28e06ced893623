package ad.cass.online.domain.eligibility;

import ad.cass.online.domain.person.CassNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What CASS records about a person that decides the regimes of seed 003 §4: the CONAVA's assessment (§4.1), the cases
 * giving a right to the reimbursement up to 100 % and a private complementary insurance, which makes it incompatible
 * (§4.2).
 *
 * @param conavaDegreePercent the degree of impairment the CONAVA recognised, in whole percent; null when the person was
 *                            never assessed
 * @param conavaSince         the day that degree is recognised from; null when never assessed
 */
public record SocialSituation(CassNumber subject, Integer conavaDegreePercent, LocalDate conavaSince,
                              List<Entitlement> entitlements, boolean privateComplementaryInsurance) {
    public SocialSituation {
        Objects.requireNonNull(subject, "subject");
        if ((conavaDegreePercent == null) != (conavaSince == null)) {
            throw new IllegalArgumentException("a CONAVA degree and the day it holds from go together");
        }
        if (conavaDegreePercent != null && (conavaDegreePercent < 0 || conavaDegreePercent > 100)) {
            throw new IllegalArgumentException("a CONAVA degree is a percentage, not " + conavaDegreePercent);
        }
        entitlements = entitlements == null ? List.of() : List.copyOf(entitlements);
    }

    public boolean assessedByConava() {
        return conavaDegreePercent != null;
    }
}
