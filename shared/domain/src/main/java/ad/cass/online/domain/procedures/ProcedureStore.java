package ad.cass.online.domain.procedures;

import ad.cass.online.domain.access.AccessEntry;
import ad.cass.online.domain.person.CassNumber;
import java.util.List;
import java.util.Optional;

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
    Optional<Procedure> find(CassNumber subject, String code);

    /**
     * Changes a procedure that waits on the person into {@code after} (its state, documents, fields, modifiedAt), once
     * per {@code action} and key: the change and its record (what, who, in which capacity, when) are one write,
     * conditioned on the procedure still waiting and unchanged since {@code seen} was read, so of two changes made
     * at once one wins.
     *
     * @param action    what the record says was done (ACCEPT, CANCEL, MODIFY, DOCUMENT)
     * @param keyDigest names the change: from the request's Idempotency-Key, or what makes it unique by itself
     * @return the procedure after the change; the procedure as it is now when this key's change was already made
     * @throws NotWaiting when the procedure no longer waits on the person, or changed since, and this key changed nothing
     */
    Procedure act(Procedure seen, Procedure after, String action, String keyDigest, AccessEntry.Capacity capacity,
                  CassNumber actor);

    /** The procedure is not (or no longer) waiting on the person: another action came first. */
    final class NotWaiting extends RuntimeException {
        public NotWaiting() {
            super("the procedure does not wait on the person, or changed since it was read", null, false, false);
        }
    }

    /** @param next null on the last page */
    record Page(List<Procedure> procedures, String next) {
        public Page {
            procedures = List.copyOf(procedures);
        }
    }
}
