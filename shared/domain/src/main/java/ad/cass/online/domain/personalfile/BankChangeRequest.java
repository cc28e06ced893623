package ad.cass.online.domain.personalfile;

import java.time.Instant;
import java.util.Objects;

/**
 * A change of bank account the person asked for and CASS has yet to confirm: the procedure "canvi de dades
 * bancàries" it was filed as, the new IBAN and when it was asked for. Until CASS confirms, payments go to
 * the account on file.
 */
public record BankChangeRequest(String procedureCode, String iban, Instant requestedAt) {
    public BankChangeRequest {
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(iban, "iban");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
