package ad.cass.online.domain.reimbursements;

import ad.cass.online.domain.person.CassNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A person's benefit sheets. Reads are per person, newest first; access is checked before calling. */
public interface ReimbursementStore {
    void saveReimbursements(List<ReimbursementSheet> sheets);

    List<ReimbursementSheet> reimbursements(CassNumber subject);

    /** The sheets whose first act falls between {@code from} and {@code to} (both included), newest first. */
    List<ReimbursementSheet> between(CassNumber subject, LocalDate from, LocalDate to);

    /** The person's sheet with this number. */
    Optional<ReimbursementSheet> find(CassNumber subject, String sheetNumber);
}
