package ad.cass.online.domain.reimbursements;

import java.time.LocalDate;

/** One line of a benefit sheet: an act or product, its price and what CASS reimbursed (cents). */
public record ReimbursedAct(LocalDate date, String code, String description, int quantity, long unitPriceCents,
                            long reimbursedCents) {
    public long paidCents() {
        return unitPriceCents * quantity;
    }

    /**
     * The share CASS reimbursed (75 %, 90 %, 100 % …) in tenths of a percent, rounded half up: the quotient of the two
     * amounts, since a line carries amounts, not its rate; 0 for a line with nothing paid.
     */
    public long rateTenthsOfPercent() {
        return rateTenthsOfPercent(paidCents(), reimbursedCents);
    }

    /** {@code reimbursed} as a share of {@code paid}, in tenths of a percent, rounded half up; 0 when nothing was paid. */
    public static long rateTenthsOfPercent(long paidCents, long reimbursedCents) {
        return paidCents == 0 ? 0 : Math.round(reimbursedCents * 1000.0 / paidCents);
    }
}
