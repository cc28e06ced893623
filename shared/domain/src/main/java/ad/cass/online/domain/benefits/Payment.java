package ad.cass.online.domain.benefits;

import ad.cass.online.domain.format.Coded;
import ad.cass.online.domain.person.CassNumber;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A payment CASS made to the person (seeds 001/002, "L'abonament de les prestacions mèdiques, pensions i salaris"):
 * a reimbursement, a pension instalment, an incapacity allowance, with its date, concept and amount in cents.
 */
public record Payment(CassNumber subject, String id, LocalDate paidOn, Kind kind, String concept, long amountCents) {
    public Payment {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(paidOn, "paidOn");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(concept, "concept");
    }

    /** The seeds' three kinds of payment ("prestacions mèdiques, pensions i salaris"), a salary being an incapacity allowance. */
    public enum Kind implements Coded {
        REIMBURSEMENT("reimbursement"), PENSION("pension"), INCAPACITY_ALLOWANCE("incapacity-allowance");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }
}
