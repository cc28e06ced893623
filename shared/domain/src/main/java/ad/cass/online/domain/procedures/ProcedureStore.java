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

    /**
     * The person's procedures {@code filter} finds, newest first, {@code limit} at most; professional ones only when
     * {@code professional} says the reader may see them.
     *
     * @param cursor the {@link Page#next} of the page before; null for the first
     */
    Page page(CassNumber subject, ProcedureFilter filter, boolean professional, int limit, String cursor);

    /** The person's procedure with this code. */
    java.util.Optional<Procedure> find(CassNumber subject, String code);

    /** @param next null on the last page */
    record Page(List<Procedure> procedures, String next) {
        public Page {
            procedures = List.copyOf(procedures);
        }
    }
}
