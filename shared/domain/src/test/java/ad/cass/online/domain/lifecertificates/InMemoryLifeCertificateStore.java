package ad.cass.online.domain.lifecertificates;

import ad.cass.online.domain.person.CassNumber;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The store port kept in memory with the adapter's semantics (DynamoLifeCertificateStore, tested against moto): an
 * action at most once, every write conditioned on the version read, pages in CASS-number order per shard. For the
 * scheduler's unit tests; {@link #beforeRecord} lets a test crash a run or slip a certificate in mid-run.
 */
final class InMemoryLifeCertificateStore implements LifeCertificateStore {
    static final int SHARDS = 4;

    private final TreeMap<String, PensionRecord> pensions = new TreeMap<>();
    private final Map<ActionKey, AuditEntry> actions = new HashMap<>();
    private final Map<String, RunProgress> progress = new HashMap<>();
    private final Map<CassNumber, List<LifeCertificate>> certificates = new HashMap<>();
    /** Runs before each recordAction, outside the lock: throw to crash the run there. */
    volatile Runnable beforeRecord = () -> { };

    @Override
    public synchronized void savePension(Pensioner pensioner, PensionState state) {
        pensions.put(pensioner.cassNumber().value(), new PensionRecord(pensioner, state, Map.of(), Set.of(), 0));
    }

    @Override
    public synchronized void importPensions(List<PensionRecord> imported) {
        imported.forEach(r -> pensions.put(r.cassNumber().value(), r));
    }

    @Override
    public synchronized Optional<PensionRecord> pension(CassNumber cassNumber) {
        return Optional.ofNullable(pensions.get(cassNumber.value()));
    }

    @Override
    public int shards() {
        return SHARDS;
    }

    @Override
    public synchronized PensionerPage pensioners(boolean residents, int shard, String cursor, int limit) {
        List<PensionRecord> page = new ArrayList<>();
        String last = null;
        for (PensionRecord r : (cursor == null ? pensions : pensions.tailMap(cursor, false)).values()) {
            if (r.pensioner().resident() == residents && Math.floorMod(r.cassNumber().value().hashCode(), SHARDS) == shard) {
                if (page.size() == limit) {
                    return new PensionerPage(page, last);
                }
                page.add(r);
                last = r.cassNumber().value();
            }
        }
        return new PensionerPage(page, null);
    }

    @Override
    public boolean recordAction(PensionRecord expected, PensionState newState, AuditEntry audit) {
        beforeRecord.run();
        synchronized (this) {
            PensionRecord now = pensions.get(expected.cassNumber().value());
            if (now == null || now.version() != expected.version() || actions.containsKey(audit.key())) {
                return false;
            }
            actions.put(audit.key(), audit);
            pensions.put(now.cassNumber().value(), now.after(audit.key(), newState));
            return true;
        }
    }

    @Override
    public synchronized void letterSent(ActionKey action) {
        pensions.computeIfPresent(action.cassNumber().value(), (who, pension) -> pension.lettered(action));
    }

    @Override
    public synchronized CertificateOutcome recordCertificate(PensionRecord expected, LifeCertificate certificate,
                                                             Optional<AuditEntry> reinstatement) {
        PensionRecord now = pensions.get(expected.cassNumber().value());
        List<LifeCertificate> theirs = certificates.computeIfAbsent(expected.cassNumber(), k -> new ArrayList<>());
        if (theirs.stream().anyMatch(c -> c.sha256().equals(certificate.sha256()))) {
            return CertificateOutcome.DUPLICATE;
        }
        if (now.version() != expected.version()) {
            return CertificateOutcome.CHANGED;
        }
        theirs.add(certificate);
        Map<String, Integer> received = new HashMap<>(now.received());
        certificate.countsFor().forEach(c -> received.merge(c, 1, Integer::sum));
        Set<ActionKey> done = new HashSet<>(now.done());
        PensionState state = now.state();
        if (reinstatement.isPresent()) {
            actions.put(reinstatement.get().key(), reinstatement.get());
            done.add(reinstatement.get().key());
            state = PensionState.paid();
        }
        pensions.put(now.cassNumber().value(), new PensionRecord(now.pensioner(), state, received, done, now.version() + 1,
                now.lettersOwed()));
        return CertificateOutcome.RECORDED;
    }

    @Override
    public synchronized List<LifeCertificate> certificates(CassNumber cassNumber) {
        return certificates.getOrDefault(cassNumber, List.of()).stream()
                .sorted(Comparator.comparing(LifeCertificate::receivedAt).reversed()).toList();
    }

    @Override
    public synchronized List<AuditEntry> audit(CassNumber cassNumber) {
        return actions.values().stream().filter(a -> a.key().cassNumber().equals(cassNumber))
                .sorted(Comparator.comparing(AuditEntry::at).reversed()).toList();
    }

    @Override
    public synchronized Optional<RunProgress> progress(String runId, int shard) {
        return Optional.ofNullable(progress.get(runId + "/" + shard));
    }

    @Override
    public synchronized void saveProgress(String runId, int shard, String cursor, boolean finished) {
        RunProgress before = progress.get(runId + "/" + shard);
        if (before == null || !before.finished()) {
            progress.put(runId + "/" + shard, new RunProgress(runId, shard, cursor, finished));
        }
    }

    synchronized List<PensionRecord> pensions() {
        return List.copyOf(pensions.values());
    }

    synchronized Set<ActionKey> actions() {
        return Set.copyOf(actions.keySet());
    }
}
