package ad.cass.online.domain.lifecertificates;

import ad.cass.online.domain.person.CassNumber;
import java.util.List;
import java.util.Optional;

/**
 * Where proof of life is kept (issue 21): the pensions with their state, the certificates received, one audit entry
 * per action, and the progress of the scheduled runs. Every write that decides something is conditional: an action
 * is written once per {@link ActionKey}, a certificate once per file, and both only if the pension is still at the
 * version the caller read. A caller whose write is refused re-reads and plans again; so two runs at once, a run
 * restarted, and a certificate arriving during the deadline run all end with each thing done once and nothing lost.
 * Passing failures come out as {@link ad.cass.online.domain.error.Unavailable}.
 */
public interface LifeCertificateStore {

    /** What recording a certificate came to. */
    enum CertificateOutcome {
        /** Written, counted for its campaigns, and the pension reinstated if asked. */
        RECORDED,
        /** The same file was recorded before: nothing changed (it counts once). */
        DUPLICATE,
        /** The pension changed since it was read (a run acted on it, or another certificate came): re-read, retry. */
        CHANGED
    }

    /** One page of pensioners, in CASS number order. @param cursor where the next page starts; null after the last */
    record PensionerPage(List<PensionRecord> items, String cursor) {
        public PensionerPage {
            items = List.copyOf(items);
        }
    }

    /** How far a scheduled run got in one shard. @param cursor the page after the last one finished; null at the start */
    record RunProgress(String runId, int shard, String cursor, boolean finished) {
    }

    /** Creates or replaces a pension at version 0, nothing received or done (demo data, tests, the pension's opening). */
    void savePension(Pensioner pensioner, PensionState state);

    /** The pension as it stands now (a strongly consistent read). */
    Optional<PensionRecord> pension(CassNumber cassNumber);

    /**
     * The pensions system's list loaded in bulk (a migration, the demo data, a benchmark): each pension as given,
     * what was received and done and its version included; replaces what is there. Not for a run: no conditions.
     */
    void importPensions(List<PensionRecord> pensions);

    /** How many shards the pensioners are spread over: a run pages each on its own, in parallel if it likes. */
    int shards();

    /**
     * One page of the pensioners of one shard, residents or those abroad, their whole record included: the run reads
     * no one again. The page may be a moment stale; a write on it that is refused tells the caller so.
     *
     * @param cursor null for the first page, else the cursor of the page before
     */
    PensionerPage pensioners(boolean residents, int shard, String cursor, int limit);

    /**
     * Records an action once, with its audit entry, the pension's new state and its letter owed
     * ({@link PensionRecord#lettersOwed()}), in one write: only if that action was never recorded and the pension is
     * still at {@code expected}'s version.
     *
     * @param newState the state after the action (the same for a request or a reminder)
     * @return false when it was not written: done already (another run), or the pension changed meanwhile
     */
    boolean recordAction(PensionRecord expected, PensionState newState, AuditEntry audit);

    /** The action's letter went (or there was nobody to write to): no longer owed. Does not move the version. */
    void letterSent(ActionKey action);

    /**
     * Records a valid certificate once, counting it for each of its campaigns, in one write with, if given, the
     * reinstatement it brings (the pension PAID again and the REINSTATEMENT action with its audit entry, arrears
     * included); only if the pension is still at {@code expected}'s version.
     *
     * @param reinstatement the audit entry of the REINSTATEMENT action, when the certificate reinstates the pension
     */
    CertificateOutcome recordCertificate(PensionRecord expected, LifeCertificate certificate,
                                         Optional<AuditEntry> reinstatement);

    /** The person's certificates, the last received first. */
    List<LifeCertificate> certificates(CassNumber cassNumber);

    /** The person's audit entries, the newest first. */
    List<AuditEntry> audit(CassNumber cassNumber);

    Optional<RunProgress> progress(String runId, int shard);

    /** Where a run stands in a shard, after each page; a shard once finished stays finished. */
    void saveProgress(String runId, int shard, String cursor, boolean finished);
}
