package ad.cass.online.domain.declarants;

import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.DeclarantKind;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A declarant's file at CASS (seed 002, "les seves dades de declarant"; issue 22): who it is, who acts for it, how to
 * reach it and where it pays from, and a change of those asked for and not yet confirmed by CASS.
 *
 * @param holder        the person who holds the role (the self-employed person, the head of the household, the
 *                      company's administrator who signed its CASS digital certificate)
 * @param iban          electronic form; shown masked
 * @param pendingChange null when none is waiting
 */
public record DeclarantFile(String number, DeclarantKind kind, String name, CassNumber holder, String address,
                            String activity, String email, String phone, String iban, LocalDate registeredOn,
                            PendingChange pendingChange) {

    /** A change asked for, as a procedure CASS confirms: the values asked for (the IBAN whole), by name. */
    public record PendingChange(String procedureCode, LocalDate requestedOn, Map<String, String> values) {
        public PendingChange {
            values = Map.copyOf(values);
        }
    }

    public DeclarantFile {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(registeredOn, "registeredOn");
    }

    public boolean employs() {
        return kind != DeclarantKind.SELF_EMPLOYED;
    }
}
