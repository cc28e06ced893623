package ad.cass.online.domain.testing;

import ad.cass.online.domain.access.AccessEntry;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.domain.procedures.ProcedureFilter;
import ad.cass.online.domain.procedures.ProcedureStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the services that file procedures need of the store, in memory: filed once per code, found by code. The
 * listing and the actions are ProceduresIT's to test on the real store.
 */
public final class InMemoryProcedureStore implements ProcedureStore {
    public final Map<String, Procedure> filed = new LinkedHashMap<>();
    private RuntimeException nextFailure;

    /** The next filing fails with {@code failure} (a store down), the ones after it go through. */
    public InMemoryProcedureStore failingOnce(RuntimeException failure) {
        this.nextFailure = failure;
        return this;
    }

    @Override
    public synchronized Procedure createOnce(Procedure procedure) {
        if (nextFailure != null) {
            RuntimeException failure = nextFailure;
            nextFailure = null;
            throw failure;
        }
        return filed.computeIfAbsent(procedure.code(), c -> procedure);
    }

    @Override
    public synchronized Optional<Procedure> find(CassNumber subject, String code) {
        return Optional.ofNullable(filed.get(code)).filter(p -> p.subject().equals(subject));
    }

    @Override
    public void saveProcedures(List<Procedure> procedures) {
        procedures.forEach(p -> filed.put(p.code(), p));
    }

    @Override
    public List<Procedure> procedures(CassNumber subject) {
        return filed.values().stream().filter(p -> p.subject().equals(subject)).toList();
    }

    @Override
    public Page page(CassNumber subject, ProcedureFilter filter, boolean professional, int limit, String cursor) {
        throw new UnsupportedOperationException("ProceduresIT tests paging on the real store");
    }

    @Override
    public Procedure act(Procedure seen, Procedure after, String action, String keyDigest, AccessEntry.Capacity capacity,
                         CassNumber actor) {
        throw new UnsupportedOperationException("ProceduresIT tests the actions on the real store");
    }
}
