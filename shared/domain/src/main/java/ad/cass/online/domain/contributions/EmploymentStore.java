package ad.cass.online.domain.contributions;

import ad.cass.online.domain.person.CassNumber;
import java.util.List;

/** A person's periods of registration (professional data: access is checked before calling). */
public interface EmploymentStore {
    /** Newest first. */
    List<EmploymentPeriod> periods(CassNumber subject);

    void save(List<EmploymentPeriod> periods);
}
