package ad.cass.online.domain.reimbursements;

import java.time.LocalDate;

/** One line of a benefit sheet: an act or product, its price and what CASS reimbursed (cents). */
public record ReimbursedAct(LocalDate date, String code, String description, int quantity, long unitPriceCents,
                            long reimbursedCents) {
    public long paidCents() {
        return unitPriceCents * quantity;
    }
}
