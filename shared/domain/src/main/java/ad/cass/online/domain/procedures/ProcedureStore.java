package ad.cass.online.domain.procedures;

import ad.cass.online.domain.person.CassNumber;
import java.util.List;

/** A person's procedures (tràmits). Reads are per person, newest first; access is checked before calling. */
public interface ProcedureStore {
    void saveProcedures(List<Procedure> procedures);

    List<Procedure> procedures(CassNumber subject);

    /**
     * Files a new procedure once: when one with its code is already filed for the person (a retried
     * request), nothing is written and that one is returned.
     */
    Procedure createOnce(Procedure procedure);
}
