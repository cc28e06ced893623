package ad.cass.online.domain.personalfile;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The account CASS pays the person's benefits and reimbursements into (seed 000 §2.2.1, "dades bancàries").
 * The full IBAN never leaves the domain unmasked: every view and audit entry shows {@link Ibans#mask}.
 *
 * @param since the day CASS confirmed it
 */
public record BankAccount(String iban, LocalDate since) {
    public BankAccount {
        Objects.requireNonNull(iban, "iban");
    }

    public String masked() {
        return Ibans.mask(iban);
    }
}
