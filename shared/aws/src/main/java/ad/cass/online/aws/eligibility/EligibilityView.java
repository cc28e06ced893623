package ad.cass.online.aws.eligibility;

import ad.cass.online.domain.eligibility.Eligibility;
import ad.cass.online.domain.eligibility.Entitlement;
import java.time.LocalDate;
import java.util.List;

/** GET /eligibility as JSON (openapi.yaml, Eligibility); a date that does not apply is absent. */
public record EligibilityView(ThirdPartyPayerView thirdPartyPayer, FullReimbursementView fullReimbursement) {
    public record ThirdPartyPayerView(boolean eligible, String since, String wouldHoldOn, List<String> reasons) {
    }

    public record CaseView(String code, String label) {
    }

    public record FullReimbursementView(boolean eligible, String since, List<CaseView> cases, List<String> reasons) {
    }

    public static EligibilityView of(Eligibility e) {
        var third = e.thirdPartyPayer();
        var full = e.fullReimbursement();
        return new EligibilityView(new ThirdPartyPayerView(third.eligible(), iso(third.since()), iso(third.wouldHoldOn()), third.reasons()),
                new FullReimbursementView(full.eligible(), iso(full.since()),
                        full.cases().stream().map(EligibilityView::caseOf).toList(), full.reasons()));
    }

    private static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }

    /** A case of seed 003 §4.2 by its code and the seed's words. */
    private static CaseView caseOf(Entitlement.Kind kind) {
        return new CaseView(kind.code(), kind.label());
    }
}
