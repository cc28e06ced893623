package ad.cass.online.domain.reimbursements;

import ad.cass.online.domain.person.CassNumber;
import java.util.List;

/** A person's benefit sheets. Reads are per person, newest first; access is checked before calling. */
public interface ReimbursementStore {
    void saveReimbursements(List<ReimbursementSheet> sheets);

    List<ReimbursementSheet> reimbursements(CassNumber subject);
}
