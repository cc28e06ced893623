package ad.cass.online.domain.reimbursements;

import ad.cass.online.domain.person.CassNumber;
import java.time.LocalDate;
import java.util.List;

/**
 * A benefit sheet (full de prestacions, seed 000 §2.1.3): date of first act, sheet number, performing
 * provider, amount paid, amount reimbursed, payee, status and the type of benefit. The totals are derived from the
 * acts.
 */
public record ReimbursementSheet(CassNumber subject, String sheetNumber, LocalDate firstActDate, String provider,
                                 Payee payee, ReimbursementStatus status, List<ReimbursedAct> acts, BenefitKind kind) {
    public ReimbursementSheet {
        acts = List.copyOf(acts);
        if (acts.isEmpty()) {
            throw new IllegalArgumentException("a benefit sheet has at least one act");
        }
        java.util.Objects.requireNonNull(kind, "kind");
    }

    /** A sheet of medical care, the most common kind. */
    public ReimbursementSheet(CassNumber subject, String sheetNumber, LocalDate firstActDate, String provider, Payee payee,
                              ReimbursementStatus status, List<ReimbursedAct> acts) {
        this(subject, sheetNumber, firstActDate, provider, payee, status, acts, BenefitKind.MEDICAL);
    }

    public long paidCents() {
        return acts.stream().mapToLong(ReimbursedAct::paidCents).sum();
    }

    public long reimbursedCents() {
        return acts.stream().mapToLong(ReimbursedAct::reimbursedCents).sum();
    }

    /** The share of the whole sheet CASS reimbursed, in tenths of a percent (its lines may have different rates). */
    public long rateTenthsOfPercent() {
        return ReimbursedAct.rateTenthsOfPercent(paidCents(), reimbursedCents());
    }
}
