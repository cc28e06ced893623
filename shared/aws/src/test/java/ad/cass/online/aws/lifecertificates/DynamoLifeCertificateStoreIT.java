package ad.cass.online.aws.lifecertificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.dynamodb.Batches;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.lifecertificates.Action;
import ad.cass.online.domain.lifecertificates.ActionKey;
import ad.cass.online.domain.lifecertificates.AuditEntry;
import ad.cass.online.domain.lifecertificates.Campaign;
import ad.cass.online.domain.lifecertificates.CampaignCalendar;
import ad.cass.online.domain.lifecertificates.CampaignPlan;
import ad.cass.online.domain.lifecertificates.IssuerType;
import ad.cass.online.domain.lifecertificates.LifeCertificate;
import ad.cass.online.domain.lifecertificates.LifeCertificateSettings;
import ad.cass.online.domain.lifecertificates.LifeCertificateStore.CertificateOutcome;
import ad.cass.online.domain.lifecertificates.LifeCertificateStore.PensionerPage;
import ad.cass.online.domain.lifecertificates.LifeCertificateStore.RunProgress;
import ad.cass.online.domain.lifecertificates.PensionDecisions;
import ad.cass.online.domain.lifecertificates.PensionRecord;
import ad.cass.online.domain.lifecertificates.PensionState;
import ad.cass.online.domain.lifecertificates.Pensioner;
import ad.cass.online.domain.lifecertificates.SubmittedBy;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.testing.Deployed;
import ad.cass.online.testing.TestStack;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Proof of life's store (issue 21) against moto, on the Records table and its PensionersIndex made from
 * template.yaml: what it keeps reads back whole, the index pages every pensioner once by shard, and its conditional
 * writes make each action happen once and let a certificate and the deadline run race without losing either.
 */
class DynamoLifeCertificateStoreIT {
    @RegisterExtension
    static final Deployed STACK = Deployed.empty();

    static final LifeCertificateSettings SETTINGS = LifeCertificateSettings.defaults();
    static final CampaignCalendar CALENDAR = new CampaignCalendar(SETTINGS);
    static final Campaign NOV = CALENDAR.abroad(YearMonth.of(2026, 11));
    static final PensionState SUSPENDED_FOR_NOV = PensionState.suspended(LocalDate.of(2027, 1, 1), "2026-11");
    static final Instant T0 = Instant.parse("2027-01-01T03:00:00Z");
    static final AtomicInteger PEOPLE = new AtomicInteger(100_000);

    static DynamoLifeCertificateStore store() {
        return new DynamoLifeCertificateStore(STACK.stack().dynamo(), STACK.stack().name("RecordsTable"));
    }

    /** A pensioner of this test alone: the stack is shared by the class. */
    static Pensioner pensioner(String country, long cents, boolean supplement, Language language) {
        return new Pensioner(CassNumber.of(PEOPLE.incrementAndGet() + "A"), country, cents, supplement, language);
    }

    static Pensioner abroad() {
        return pensioner("FR", 123_456, false, Language.FR);
    }

    static PensionRecord saved(Pensioner p, PensionState state) {
        store().savePension(p, state);
        return store().pension(p.cassNumber()).orElseThrow();
    }

    /** "" or null paid; "2026-11@2027-01-01" suspended; a third part "@2029-12-31" closed that day. */
    static PensionState state(String text) {
        if (text == null || text.isBlank()) {
            return PensionState.paid();
        }
        String[] parts = text.split("@");
        PensionState suspended = PensionState.suspended(LocalDate.parse(parts[1]), parts[0]);
        return parts.length > 2 ? suspended.closed(LocalDate.parse(parts[2])) : suspended;
    }

    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static LifeCertificate certificate(String file, Instant receivedAt, String... countsFor) {
        return new LifeCertificate(sha256(file), IssuerType.NOTARY, LocalDate.of(2026, 11, 20), "FR",
                "life-certificates/" + sha256(file) + ".pdf", "application/pdf", receivedAt, SubmittedBy.PENSIONER,
                "****56A", List.of(countsFor));
    }

    static AuditEntry suspension(Pensioner p, Instant at) {
        return AuditEntry.suspension(ActionKey.of(p.cassNumber(), NOV, Action.SUSPENSION), at, AuditEntry.scheduler("run-1"),
                SUSPENDED_FOR_NOV);
    }

    @ParameterizedTest(name = "{0}, {1} cents, supplement {2}, {3}, state \"{4}\"")
    @CsvSource(delimiter = '|', value = {
            "FR | 123456 | false | FR | ",
            "PT | 99     | true  | ES | 2026-11@2027-01-01",
            "AD | 152533 | true  | CA | CV-2026-12@2027-02-01",
            "DE | 100000 | false | EN | 2026-11@2027-01-01@2029-12-31"})
    void aPensionReadsBackAsSaved(String country, long cents, boolean supplement, Language language, String stateText) {
        Pensioner p = pensioner(country, cents, supplement, language);
        PensionState state = state(stateText);
        store().savePension(p, state);
        assertEquals(Optional.of(new PensionRecord(p, state, Map.of(), Set.of(), 0)), store().pension(p.cassNumber()));
        // saving again replaces it, back to version 0 (demo data is reloaded this way)
        store().savePension(p, PensionState.paid());
        assertEquals(Optional.of(new PensionRecord(p, PensionState.paid(), Map.of(), Set.of(), 0)), store().pension(p.cassNumber()));
    }

    /** A bulk import keeps what each pension had received and done, and its version; the index finds them. */
    @Test
    void importedPensionsReadBackWhole() {
        Pensioner asked = abroad();
        Pensioner suspended = pensioner("ES", 98_765, true, Language.ES);
        List<PensionRecord> imported = List.of(
                new PensionRecord(asked, PensionState.paid(), Map.of("2026-11", 1),
                        Set.of(ActionKey.of(asked.cassNumber(), NOV, Action.REQUEST), ActionKey.reminder(asked.cassNumber(), NOV, 30)), 2),
                new PensionRecord(suspended, SUSPENDED_FOR_NOV, Map.of(),
                        Set.of(ActionKey.of(suspended.cassNumber(), NOV, Action.SUSPENSION)), 7));
        store().importPensions(imported);

        for (PensionRecord r : imported) {
            assertEquals(r, store().pension(r.cassNumber()).orElseThrow());
        }
        int shard = RecordsKeys.pensionerShard(asked.cassNumber());
        List<PensionRecord> page = store().pensioners(false, shard, null, 1_000).items();
        assertTrue(page.contains(imported.get(0)), "found by the index, whole");
    }

    @Test
    void anUnknownPensionIsEmpty() {
        assertEquals(Optional.empty(), store().pension(CassNumber.of("999999Z")));
    }

    /**
     * Issue 21: a run pages the shards (in parallel if it likes) and reads each pensioner's whole record from the
     * page. On a stack of its own, so the other tests' pensioners are not in its shards.
     */
    @Test
    void theIndexPagesEveryPensionerOnceByShard() {
        TestStack own = TestStack.create();
        DynamoLifeCertificateStore store = new DynamoLifeCertificateStore(own.dynamo(), own.name("RecordsTable"));
        Map<CassNumber, Pensioner> abroad = new HashMap<>();
        Map<CassNumber, Pensioner> residents = new HashMap<>();
        List<WriteRequest> items = new ArrayList<>();
        for (int i = 0; i < 2_300; i++) {
            boolean resident = i >= 2_000;
            Pensioner p = new Pensioner(CassNumber.of((500_000 + i) + "P"), resident ? "AD" : i % 2 == 0 ? "FR" : "ES",
                    100_000 + i, i % 7 == 0, Language.CA);
            (resident ? residents : abroad).put(p.cassNumber(), p);
            // the items savePension writes, in batches: 2,300 single puts would only slow the test down
            var item = LifeCertificateItems.pension(p, i % 5 == 0 ? SUSPENDED_FOR_NOV : PensionState.paid());
            items.add(WriteRequest.builder().putRequest(r -> r.item(item)).build());
        }
        Batches.write(own.dynamo(), own.name("RecordsTable"), items);
        assertEquals(abroad, pageAll(store, false, 100, 2_000 / 16));
        assertEquals(residents, pageAll(store, true, 100, 300 / 16));
        assertThrows(InvalidInput.class, () -> store.pensioners(false, 0, "not a cursor!", 100));
        assertThrows(IllegalArgumentException.class, () -> store.pensioners(false, 16, null, 100));
    }

    /** Every pensioner of every shard, each once, in CASS number order within a shard, pages within the limit. */
    static Map<CassNumber, Pensioner> pageAll(DynamoLifeCertificateStore store, boolean residents, int limit, int mean) {
        Map<CassNumber, Pensioner> seen = new HashMap<>();
        for (int shard = 0; shard < store.shards(); shard++) {
            List<String> inShard = new ArrayList<>();
            String cursor = null;
            do {
                PensionerPage page = store.pensioners(residents, shard, cursor, limit);
                assertTrue(page.items().size() <= limit, "a page holds at most its limit");
                for (PensionRecord r : page.items()) {
                    assertEquals(residents, r.pensioner().resident(), "residents and those abroad are apart");
                    assertEquals(shard, RecordsKeys.pensionerShard(r.cassNumber()));
                    assertEquals(null, seen.put(r.cassNumber(), r.pensioner()), "each pensioner once: " + r.cassNumber());
                    assertEquals(0, r.version());
                    inShard.add(r.cassNumber().value());
                }
                cursor = page.cursor();
            } while (cursor != null);
            assertEquals(inShard.stream().sorted().toList(), inShard, "a shard pages in CASS number order");
            // SHA-256 spreads the numbers: no shard empty, none more than twice its share
            assertTrue(!inShard.isEmpty() && inShard.size() <= 2 * mean + 4, "shard " + shard + " holds " + inShard.size());
        }
        return seen;
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}, {3}")
    @CsvSource(delimiter = '|', value = {
            "REQUEST     |                    |                               | channel=EMAIL+NOTICE;language=fr",
            "REMINDER-30 |                    |                               | channel=EMAIL+NOTICE;language=fr",
            "SUSPENSION  |                    | 2026-11@2027-01-01            | suspendedFrom=2027-01-01",
            "CLOSURE     | 2026-11@2027-01-01 | 2026-11@2027-01-01@2029-12-31 | closedOn=2029-12-31"})
    void anActionIsRecordedOnceWithItsStateAndItsAudit(String action, String before, String after, String details) {
        Pensioner p = abroad();
        PensionRecord read = saved(p, state(before));
        ActionKey key = new ActionKey(p.cassNumber(), "2026-11", action);
        PensionState newState = state(after);
        AuditEntry audit = switch (key.kind()) {
            case REQUEST, REMINDER -> AuditEntry.notice(key, T0, AuditEntry.scheduler("run-1"), p);
            case SUSPENSION -> AuditEntry.suspension(key, T0, AuditEntry.scheduler("run-1"), newState);
            case CLOSURE -> AuditEntry.closure(key, T0, AuditEntry.scheduler("run-1"), newState);
            default -> throw new IllegalArgumentException(action);
        };
        Map<String, String> expectedDetails = new HashMap<>();
        for (String pair : details.split(";")) {
            expectedDetails.put(pair.split("=")[0], pair.split("=")[1]);
        }
        assertEquals(expectedDetails, audit.details());

        assertTrue(store().recordAction(read, newState, audit));
        // issue 23: written with its letter owed, in the same write; sent, the mark goes and the version stays
        assertEquals(Optional.of(new PensionRecord(p, newState, Map.of(), Set.of(key), 1, Set.of(key))), store().pension(p.cassNumber()));
        store().letterSent(key);
        PensionRecord written = new PensionRecord(p, newState, Map.of(), Set.of(key), 1);
        assertEquals(Optional.of(written), store().pension(p.cassNumber()));
        assertEquals(List.of(audit), store().audit(p.cassNumber()));

        // the same action again, by a run that read the pension afresh: done already, nothing changes
        assertFalse(store().recordAction(written, newState, audit));
        // another action on what was read before the first: the pension moved, nothing is written
        ActionKey other = new ActionKey(p.cassNumber(), "2026-11", "REMINDER-7");
        assertFalse(store().recordAction(read, newState, AuditEntry.notice(other, T0.plusSeconds(1), "x", p)));
        assertEquals(Optional.of(written), store().pension(p.cassNumber()));
        assertEquals(List.of(audit), store().audit(p.cassNumber()));
    }

    /** Issue 21: two runs at once do each action once; here twenty, on the emulator's real conditional writes. */
    @Test
    void twentyRunsRecordingOneSuspensionWriteItOnce() throws Exception {
        Pensioner p = abroad();
        PensionRecord read = saved(p, PensionState.paid());
        List<Boolean> results = race(20, run -> () -> store().recordAction(read, SUSPENDED_FOR_NOV,
                AuditEntry.suspension(ActionKey.of(p.cassNumber(), NOV, Action.SUSPENSION), T0.plusSeconds(run),
                        AuditEntry.scheduler("run-" + run), SUSPENDED_FOR_NOV)));
        assertEquals(1, results.stream().filter(Boolean::booleanValue).count(), results.toString());
        PensionRecord after = store().pension(p.cassNumber()).orElseThrow();
        assertEquals(1, after.version(), "the version moved once");
        assertEquals(SUSPENDED_FOR_NOV, after.state());
        assertEquals(1, store().audit(p.cassNumber()).size(), "one audit entry");
    }

    /** Seed 003 §3.2 "ULL! MAJORACIÓ (2 FE DE VIDA)": two distinct documents, so the same file twice counts once. */
    @Test
    void aCertificateCountsOnceForEachOfItsCampaigns() {
        Pensioner p = pensioner("FR", 123_456, true, Language.FR);
        PensionRecord read = saved(p, PensionState.paid());
        LifeCertificate first = certificate("first " + p.cassNumber().value(), T0, "2026-11", "2027-05");

        assertEquals(CertificateOutcome.RECORDED, store().recordCertificate(read, first, Optional.empty()));
        PensionRecord once = store().pension(p.cassNumber()).orElseThrow();
        assertEquals(Map.of("2026-11", 1, "2027-05", 1), once.received());
        assertEquals(1, once.version());

        assertEquals(CertificateOutcome.DUPLICATE, store().recordCertificate(once, first, Optional.empty()));
        assertEquals(Optional.of(once), store().pension(p.cassNumber()), "the same file again changes nothing");

        LifeCertificate second = certificate("second " + p.cassNumber().value(), T0.plusSeconds(60), "2026-11");
        assertEquals(CertificateOutcome.CHANGED, store().recordCertificate(read, second, Optional.empty()),
                "recorded on a stale read: re-read and retry");
        assertEquals(List.of(first), store().certificates(p.cassNumber()), "a file whose pension write was refused does not count");
        assertEquals(CertificateOutcome.RECORDED, store().recordCertificate(once, second, Optional.empty()));
        PensionRecord twice = store().pension(p.cassNumber()).orElseThrow();
        assertEquals(2, twice.received("2026-11"));
        assertEquals(1, twice.received("2027-05"));
        assertEquals(0, twice.received("2027-11"));
        assertEquals(2, twice.version());
    }

    /** DOMAIN.md: a valid certificate for the missed campaign pays again, with the months withheld, in one write. */
    @Test
    void aCertificateThatReinstatesWritesTheReinstatementWithIt() {
        Pensioner p = abroad();
        PensionRecord read = saved(p, SUSPENDED_FOR_NOV);
        Instant received = Instant.parse("2027-03-15T10:00:00Z");
        // issue 21's example: 1.234,56 € suspended from 01/01/2027, received 15/03/2027: January and February owed
        PensionDecisions.Reinstatement r = new PensionDecisions(SETTINGS).reinstate(read.state(), LocalDate.of(2027, 3, 15),
                p.monthlyPensionCents());
        ActionKey key = ActionKey.of(p.cassNumber(), NOV, Action.REINSTATEMENT);
        AuditEntry audit = AuditEntry.reinstatement(key, received, "****56A", r);
        LifeCertificate late = certificate("late " + p.cassNumber().value(), received, "2026-11");

        assertEquals(CertificateOutcome.RECORDED, store().recordCertificate(read, late, Optional.of(audit)));
        assertEquals(Optional.of(new PensionRecord(p, PensionState.paid(), Map.of("2026-11", 1), Set.of(key), 1)),
                store().pension(p.cassNumber()));
        List<AuditEntry> entries = store().audit(p.cassNumber());
        assertEquals(List.of(audit), entries);
        assertEquals(246_912, entries.get(0).arrearsCents());
        assertEquals("2", entries.get(0).details().get(AuditEntry.MONTHS_WITHHELD));
        assertEquals("2027-03", entries.get(0).details().get(AuditEntry.RESUMES_WITH));
        assertEquals(List.of(late), store().certificates(p.cassNumber()));
    }

    /**
     * Issue 21: "a certificate recorded while the deadline run is going prevents that person's suspension" and "a
     * suspension and a late certificate racing end with the pension reinstated and nothing lost". Both read version
     * 0 and write at once: one commits, the other is refused on the version, re-reads and plans again with the rules.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SUSPENSION_FIRST", "CERTIFICATE_FIRST", "AT_ONCE", "AT_ONCE", "AT_ONCE", "AT_ONCE"})
    void aSuspensionAndACertificateRacingLoseNothing(String order) throws Exception {
        Pensioner p = abroad();
        PensionRecord read = saved(p, PensionState.paid());
        LifeCertificate cert = certificate("race " + p.cassNumber().value(), T0, "2026-11");
        Callable<Boolean> suspend = () -> store().recordAction(read, SUSPENDED_FOR_NOV, suspension(p, T0));
        Callable<Boolean> record = () -> store().recordCertificate(read, cert, Optional.empty()) == CertificateOutcome.RECORDED;
        List<Boolean> won = switch (order) {
            case "SUSPENSION_FIRST" -> List.of(suspend.call(), record.call());
            case "CERTIFICATE_FIRST" -> {
                boolean certificateWon = record.call();
                yield List.of(suspend.call(), certificateWon);
            }
            default -> race(2, who -> who == 0 ? suspend : record);
        };
        assertEquals(1, won.stream().filter(Boolean::booleanValue).count(), "exactly one wins: " + won);
        if (!order.equals("AT_ONCE")) {
            assertEquals(order.equals("SUSPENSION_FIRST"), won.get(0), "the first to write wins");
        }

        PensionRecord now = store().pension(p.cassNumber()).orElseThrow();
        LocalDate today = LocalDate.of(2027, 1, 1);
        if (won.get(0)) {
            // the certificate lost: its route re-reads, finds the pension suspended, and reinstates it with the proof
            assertEquals(SUSPENDED_FOR_NOV, now.state());
            var r = new PensionDecisions(SETTINGS).reinstate(now.state(), today, p.monthlyPensionCents());
            AuditEntry reinstated = AuditEntry.reinstatement(ActionKey.of(p.cassNumber(), NOV, Action.REINSTATEMENT), T0, "****56A", r);
            assertEquals(CertificateOutcome.RECORDED, store().recordCertificate(now, cert, Optional.of(reinstated)));
            assertEquals(List.of("REINSTATEMENT", "SUSPENSION"),
                    store().audit(p.cassNumber()).stream().map(a -> a.key().action()).sorted().toList(), "both decisions audited");
        } else {
            // the suspension lost: the run re-reads, sees the certificate, and the plan owes nothing any more
            assertEquals(1, now.received("2026-11"));
            assertEquals(List.of(), new CampaignPlan(SETTINGS).due(NOV, today, p, now.state(), now.received(NOV.id()), now.done()));
            assertEquals(List.of(), store().audit(p.cassNumber()));
        }
        PensionRecord end = store().pension(p.cassNumber()).orElseThrow();
        assertEquals(PensionState.paid(), end.state());
        assertEquals(1, end.received("2026-11"));
        assertEquals(List.of(cert), store().certificates(p.cassNumber()));
    }

    @Test
    void theAuditAndTheCertificatesReadNewestFirst() {
        Pensioner p = abroad();
        CassNumber who = p.cassNumber();
        // their keys sort by campaign and action, not by time: the store sorts by time
        List<AuditEntry> written = List.of(
                AuditEntry.notice(new ActionKey(who, "2026-05", "REQUEST"), Instant.parse("2026-05-01T03:00:00Z"), "SCHEDULER#a", p),
                AuditEntry.notice(new ActionKey(who, "2026-11", "REQUEST"), Instant.parse("2026-11-01T03:00:00Z"), "SCHEDULER#b", p),
                AuditEntry.notice(new ActionKey(who, "2026-11", "REMINDER-30"), Instant.parse("2026-12-01T03:00:00Z"), "SCHEDULER#c", p),
                AuditEntry.notice(new ActionKey(who, "2026-11", "REMINDER-7"), Instant.parse("2026-12-24T03:00:00Z"), "SCHEDULER#d", p));
        PensionRecord read = saved(p, PensionState.paid());
        for (AuditEntry e : written) {
            assertTrue(store().recordAction(read, PensionState.paid(), e));
            read = store().pension(who).orElseThrow();
        }
        assertEquals(List.of(written.get(3), written.get(2), written.get(1), written.get(0)), store().audit(who));

        List<LifeCertificate> certificates = List.of(certificate("c", Instant.parse("2026-05-10T00:00:00Z"), "2026-05"),
                certificate("a", Instant.parse("2026-11-10T00:00:00Z"), "2026-11"),
                certificate("b", Instant.parse("2026-11-12T00:00:00Z"), "2026-11"));
        for (LifeCertificate c : certificates) {
            assertEquals(CertificateOutcome.RECORDED, store().recordCertificate(read, c, Optional.empty()));
            read = store().pension(who).orElseThrow();
        }
        assertEquals(List.of(certificates.get(2), certificates.get(1), certificates.get(0)), store().certificates(who));
        assertEquals(List.of(), store().certificates(CassNumber.of("999998Z")));
        assertEquals(List.of(), store().audit(CassNumber.of("999998Z")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // what is saved          | then saved           | read back
            "a page done              | c1:false             | c1:false",
            "the next page done       | c1:false;c2:false    | c2:false",
            "finished                 | c2:false;:true       | :true",
            "a late writer after the end does not reopen it | :true;c1:false | :true"})
    void progressIsKeptPerRunAndShard(String name, String saves, String expected) {
        String runId = "run-" + PEOPLE.incrementAndGet();
        for (String save : saves.split(";")) {
            String[] parts = save.split(":");
            store().saveProgress(runId, 7, parts[0].isEmpty() ? null : parts[0], Boolean.parseBoolean(parts[1]));
        }
        String[] e = expected.split(":");
        assertEquals(Optional.of(new RunProgress(runId, 7, e[0].isEmpty() ? null : e[0], Boolean.parseBoolean(e[1]))),
                store().progress(runId, 7));
        assertEquals(Optional.empty(), store().progress(runId, 8), "each shard on its own");
        assertEquals(Optional.empty(), store().progress(runId + "-other", 7), "each run on its own");
    }

    /** All at once, from a common start: what each of {@code n} calls returned, in order. */
    static List<Boolean> race(int n, java.util.function.IntFunction<Callable<Boolean>> calls) throws Exception {
        return ad.cass.online.testing.Races.race(n, calls);
    }
}
