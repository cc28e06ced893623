package ad.cass.online.domain.lifecertificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.lifecertificates.LifeCertificateScheduler.Run;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.EmploymentStatus;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.person.PersonStore;
import ad.cass.online.domain.settings.Language;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 21's scheduler on the port's in-memory twin: the November 2026 campaign abroad run day by day; a run that
 * crashes and is started again; the same day run twice, and by two runs at once; a certificate arriving mid-run.
 * Each time: one request, one reminder of each kind and one suspension per person and campaign, and a letter for each.
 */
class LifeCertificateSchedulerTest {
    static final LifeCertificateSettings SETTINGS = LifeCertificateSettings.defaults();
    static final Campaign NOVEMBER = new CampaignCalendar(SETTINGS).abroad(YearMonth.of(2026, 11));
    static final int PENSIONERS = 60;

    InMemoryLifeCertificateStore store;
    List<ActionKey> lettersSent;
    LifeCertificateScheduler scheduler;
    PersonStore files;

    @BeforeEach
    void build() {
        store = new InMemoryLifeCertificateStore();
        lettersSent = Collections.synchronizedList(new ArrayList<>());
        Map<CassNumber, Person> people = new HashMap<>();
        for (int i = 0; i < PENSIONERS; i++) {
            CassNumber cass = number(i);
            // every fifth has a supplement (two certificates); every tenth lives in Andorra (no campaign abroad)
            store.savePension(new Pensioner(cass, i % 10 == 9 ? "AD" : "FR", 1_234_56, i % 5 == 0, Language.FR), PensionState.paid());
            people.put(cass, new Person(cass, "P" + i, "Test", LocalDate.of(1950, 1, 1), InsuredType.DIRECT, null, null,
                    EmploymentStatus.PENSIONER, "p" + i + "@example.fr", "FR", List.of()));
        }
        files = new PersonStore() {
            @Override
            public Optional<Person> find(CassNumber cassNumber) {
                return Optional.ofNullable(people.get(cassNumber));
            }

            @Override
            public Optional<Household> household(CassNumber cassNumber) {
                return find(cassNumber).map(p -> new Household(p, List.of()));
            }

            @Override
            public void save(Person person) {
                people.put(person.cassNumber(), person);
            }
        };
        scheduler = shardsAtOnce(1);
    }

    /** Pages of 7; the letters list is synchronised, so that {@code threads} shards may send side by side. */
    LifeCertificateScheduler shardsAtOnce(int threads) {
        return new LifeCertificateScheduler(store, files, (audit, letter) -> lettersSent.add(audit.key()), SETTINGS, 7, threads,
                Clock.fixed(Instant.parse("2026-11-01T08:00:00Z"), ZoneOffset.UTC));
    }

    /** One shard at a time, at {@code instant}: a run on another day than the fixed one, or Lambda's retry. */
    LifeCertificateScheduler oneShardAt(String instant) {
        return new LifeCertificateScheduler(store, files, (audit, letter) -> lettersSent.add(audit.key()), SETTINGS, 7, 1,
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    /** Like {@link #oneShardAt}, but its container dies at its {@code n}th letter: the action recorded, the letter not sent. */
    LifeCertificateScheduler dyingAtLetter(int n, String instant) {
        AtomicInteger letters = new AtomicInteger();
        return new LifeCertificateScheduler(store, files, (audit, letter) -> {
            if (letters.incrementAndGet() == n) {
                throw new IllegalStateException("the container died after recording, before the letter");
            }
            lettersSent.add(audit.key());
        }, SETTINGS, 7, 1, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    static CassNumber number(int i) {
        return CassNumber.of(String.format("%06d", 700_000 + i) + "K");
    }

    Map<Action, Integer> runAllOn(LocalDate day, String runId) {
        Map<Action, Integer> recorded = new HashMap<>();
        for (Run run : Run.values()) {
            var report = scheduler.run(runId + "-" + run, run, day, Optional.empty(), () -> true);
            assertTrue(report.finished());
            report.recorded().forEach((a, n) -> recorded.merge(a, n, Integer::sum));
        }
        return recorded;
    }

    /** Who sent their certificates on the 10th of December: everyone abroad but 7 (one with a supplement sent only one). */
    void certificatesArrive() {
        for (int i = 0; i < PENSIONERS; i++) {
            if (i % 10 == 9 || i < 7) {
                continue;
            }
            PensionRecord r = store.pension(number(i)).orElseThrow();
            store.recordCertificate(r, certificate("a" + i), Optional.empty());
            if (r.pensioner().supplement() && i != 10) {
                store.recordCertificate(store.pension(number(i)).orElseThrow(), certificate("b" + i), Optional.empty());
            }
        }
    }

    static LifeCertificate certificate(String file) {
        String sha;
        try {
            sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(file.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new LifeCertificate(sha, IssuerType.TOWN_HALL, LocalDate.of(2026, 11, 20), "FR", "incoming/" + file, "application/pdf",
                Instant.parse("2026-12-10T09:00:00Z"), SubmittedBy.PENSIONER, "PENSIONER", List.of(NOVEMBER.id()));
    }

    /** Seed 003 §3.2 and DOMAIN.md's defaults, day by day from 31 October to 3 January; one shard or four at a time. */
    @ParameterizedTest(name = "{0} shard(s) at a time")
    @ValueSource(ints = {1, 4})
    void aWholeCampaignDayByDay(int threads) {
        scheduler = shardsAtOnce(threads);
        int abroad = PENSIONERS - PENSIONERS / 10;
        Map<Action, Integer> total = new HashMap<>();
        for (LocalDate day = LocalDate.of(2026, 10, 31); !day.isAfter(LocalDate.of(2027, 1, 3)); day = day.plusDays(1)) {
            if (day.equals(LocalDate.of(2026, 12, 10))) {
                certificatesArrive();
            }
            Map<Action, Integer> recorded = runAllOn(day, "run-" + day);
            if (day.equals(LocalDate.of(2026, 11, 1))) {
                assertEquals(Map.of(Action.REQUEST, abroad), recorded, "everyone abroad asked on the opening day");
            }
            recorded.forEach((a, n) -> total.merge(a, n, Integer::sum));
        }
        // 30 days before: everyone still missing (all abroad); 7 days before: the 7 who sent nothing and number 10 (one of two)
        Set<ActionKey> done = store.actions();
        assertEquals(abroad, count(done, "REQUEST"));
        assertEquals(abroad, count(done, "REMINDER-30"));
        assertEquals(8, count(done, "REMINDER-7"));
        // and none for May 2026 on 31 October: nobody was asked for it (the store began in this campaign)
        assertEquals(8, count(done, "SUSPENSION"), "from 01/01/2027, not before");
        assertEquals(Set.of(number(0), number(1), number(2), number(3), number(4), number(5), number(6), number(10)),
                done.stream().filter(k -> k.action().equals("SUSPENSION")).map(ActionKey::cassNumber).collect(Collectors.toSet()));
        assertEquals(LocalDate.of(2027, 1, 1), store.pension(number(10)).orElseThrow().state().suspendedFrom());
        assertEquals(PensionState.paid(), store.pension(number(11)).orElseThrow().state());
        assertEquals(done.size(), lettersSent.size(), "a letter for every action, and only one");
        assertEquals(done.size(), total.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(store.audit(number(0)).stream().anyMatch(a -> "2027-01-01".equals(a.details().get(AuditEntry.SUSPENDED_FROM))));
    }

    /** A run that stops half-way (Lambda's timeout, a crash) and is started again with the same id converges. */
    @ParameterizedTest(name = "{0} shard(s) at a time")
    @ValueSource(ints = {1, 4})
    void aRunThatCrashesAndIsStartedAgainDoesTheRestAndNothingTwice(int threads) {
        scheduler = shardsAtOnce(threads);
        AtomicInteger writes = new AtomicInteger();
        store.beforeRecord = () -> {
            if (writes.incrementAndGet() == 20) {
                throw new IllegalStateException("the container died");
            }
        };
        LocalDate opening = LocalDate.of(2026, 11, 1);
        assertThrows(IllegalStateException.class, () -> scheduler.run("opening-1", Run.OPENING, opening, Optional.empty(), () -> true));
        int beforeRestart = store.actions().size();
        assertTrue(beforeRestart > 0 && beforeRestart < 54, "it stopped half-way: " + beforeRestart);

        var again = scheduler.run("opening-1", Run.OPENING, opening, Optional.empty(), () -> true);
        assertTrue(again.finished());
        assertEquals(54, store.actions().size(), "everyone abroad asked once");
        assertEquals(54, lettersSent.size());
        assertTrue(again.pensioners() < 54, "the restart skipped the pages already done: " + again.pensioners());
    }

    /**
     * Issue 23, the scheduler killed half-way at the worst moment: a suspension recorded, its letter not yet sent. The
     * retry suspends the rest; the first run after the letter's lease sends the owed letter; every letter goes once
     * and nothing stays owed.
     */
    @Test
    void aRunKilledBetweenAnActionAndItsLetterHasTheLetterSentByTheRetry() {
        runAllOn(LocalDate.of(2026, 11, 1), "opening");
        int before = lettersSent.size();
        LifeCertificateScheduler dying = dyingAtLetter(5, "2027-01-01T08:00:00Z");
        LocalDate deadline = LocalDate.of(2027, 1, 1);
        assertThrows(IllegalStateException.class, () -> dying.run("deadline-1", Run.DEADLINE, deadline, Optional.empty(), () -> true));
        List<PensionRecord> owing = store.pensions().stream().filter(p -> !p.lettersOwed().isEmpty()).toList();
        assertEquals(1, owing.size(), "the fifth suspension is recorded, its letter owed");
        ActionKey owed = owing.get(0).lettersOwed().iterator().next();

        // Lambda's retry, a minute later: the owed letter may still be on its way from a live run, it is left alone
        var retry = oneShardAt("2027-01-01T08:01:00Z")
                .run("deadline-1", Run.DEADLINE, deadline, Optional.empty(), () -> true);
        assertTrue(retry.finished());
        assertEquals(53, lettersSent.subList(before, lettersSent.size()).size(), "all but the owed one");
        // the next day's run: the run that owed it is long dead, the letter goes
        oneShardAt("2027-01-02T03:00:00Z")
                .run("deadline-2", Run.DEADLINE, deadline.plusDays(1), Optional.empty(), () -> true);
        List<ActionKey> suspensionLetters = lettersSent.subList(before, lettersSent.size()).stream()
                .filter(k -> k.kind() == Action.SUSPENSION).toList();
        assertEquals(54, suspensionLetters.size(), "every suspension's letter, the owed one included");
        assertEquals(54, Set.copyOf(suspensionLetters).size(), "none twice");
        assertTrue(suspensionLetters.contains(owed));
        assertTrue(store.pensions().stream().allMatch(p -> p.lettersOwed().isEmpty()), "nothing owed any more");
    }

    /** An owed letter the facts overtook is dropped: the request a dead run owed, once the certificate came, says nothing. */
    @Test
    void anOwedRequestIsDroppedOnceTheCertificateCame() {
        LifeCertificateScheduler dying = dyingAtLetter(1, "2026-11-01T03:00:00Z");
        LocalDate opening = LocalDate.of(2026, 11, 1);
        assertThrows(IllegalStateException.class, () -> dying.run("opening-9", Run.OPENING, opening, Optional.empty(), () -> true));
        PensionRecord owing = store.pensions().stream().filter(p -> !p.lettersOwed().isEmpty()).findFirst().orElseThrow();
        store.recordCertificate(owing, certificate("early-" + owing.cassNumber().value()), Optional.empty());
        if (owing.pensioner().supplement()) {
            store.recordCertificate(store.pension(owing.cassNumber()).orElseThrow(), certificate("second-" + owing.cassNumber().value()),
                    Optional.empty());
        }
        oneShardAt("2026-11-02T03:00:00Z")
                .run("reminders-1", Run.REMINDERS, opening.plusDays(1), Optional.empty(), () -> true);
        assertFalse(lettersSent.stream().anyMatch(k -> k.cassNumber().equals(owing.cassNumber())), "no request after the certificate");
        assertEquals(Set.of(), store.pension(owing.cassNumber()).orElseThrow().lettersOwed(), "and nothing owed");
    }

    /** Stopped for lack of time between pages: unfinished, resumed by the same id. */
    @Test
    void aRunOutOfTimeStopsBetweenPagesAndResumes() {
        AtomicInteger pages = new AtomicInteger();
        var first = scheduler.run("opening-2", Run.OPENING, LocalDate.of(2026, 11, 1), Optional.empty(), () -> pages.incrementAndGet() <= 3);
        assertFalse(first.finished());
        var second = scheduler.run("opening-2", Run.OPENING, LocalDate.of(2026, 11, 1), Optional.empty(), () -> true);
        assertTrue(second.finished());
        assertEquals(54, first.recorded().getOrDefault(Action.REQUEST, 0) + second.recorded().getOrDefault(Action.REQUEST, 0));
        assertEquals(54, lettersSent.size());
    }

    /** The same EventBridge event delivered twice, or two schedules on one day: the second run has nothing to do. */
    @Test
    void theSameDayRunTwiceDoesNothingTheSecondTime() {
        runAllOn(LocalDate.of(2026, 12, 1), "first");
        int letters = lettersSent.size();
        assertEquals(Map.of(), runAllOn(LocalDate.of(2026, 12, 1), "second"));
        assertEquals(letters, lettersSent.size());
    }

    /** Two runs at once on the deadline's next day: each suspension once, whichever run writes it. */
    @Test
    void twoRunsAtOnceRecordEachActionOnce() throws Exception {
        askEveryoneOnTheOpeningDay();
        LocalDate after = LocalDate.of(2027, 1, 1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = pool.submit(() -> scheduler.run("a", Run.DEADLINE, after, Optional.empty(), () -> true));
            Future<?> b = pool.submit(() -> scheduler.run("b", Run.DEADLINE, after, Optional.empty(), () -> true));
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }
        assertEquals(54, count(store.actions(), "SUSPENSION"));
        assertEquals(54, lettersSent.size());
    }

    /** A certificate recorded while the deadline run goes: that person is not suspended (the write loses, re-plans). */
    @Test
    void aCertificateArrivingDuringTheRunPreventsThatSuspension() {
        askEveryoneOnTheOpeningDay();
        CassNumber late = number(3);
        AtomicInteger once = new AtomicInteger();
        store.beforeRecord = () -> {
            if (once.getAndIncrement() == 0) {
                store.recordCertificate(store.pension(late).orElseThrow(), certificate("late"), Optional.empty());
            }
        };
        scheduler.run("deadline", Run.DEADLINE, LocalDate.of(2027, 1, 1), Optional.empty(), () -> true);

        assertEquals(PensionState.paid(), store.pension(late).orElseThrow().state());
        assertEquals(53, count(store.actions(), "SUSPENSION"));
    }

    /** DOMAIN.md: three years after the last payment without proof, closed for good, once. */
    @Test
    void aPensionSuspendedForThreeYearsIsClosedOnce() {
        CassNumber person = number(1);
        PensionRecord r = store.pension(person).orElseThrow();
        PensionState suspended = PensionState.suspended(LocalDate.of(2027, 1, 1), NOVEMBER.id());
        assertTrue(store.recordAction(r, suspended, AuditEntry.suspension(ActionKey.of(person, NOVEMBER, Action.SUSPENSION),
                Instant.parse("2027-01-01T02:00:00Z"), "test", suspended)));

        LocalDate closing = LocalDate.of(2029, 12, 31);
        scheduler.run("d1", Run.DEADLINE, closing.minusDays(1), Optional.empty(), () -> true);
        assertEquals(PensionState.Status.SUSPENDED, store.pension(person).orElseThrow().state().status());
        scheduler.run("d2", Run.DEADLINE, closing, Optional.empty(), () -> true);
        scheduler.run("d3", Run.DEADLINE, closing.plusDays(1), Optional.empty(), () -> true);
        assertEquals(closing, store.pension(person).orElseThrow().state().closedOn());
        assertEquals(1, count(store.actions(), "CLOSURE"));
    }

    /** Nobody is suspended for a campaign they were not asked for: the requests first, their letters set aside. */
    void askEveryoneOnTheOpeningDay() {
        scheduler.run("opening", Run.OPENING, NOVEMBER.opensOn(), Optional.empty(), () -> true);
        assertEquals(54, lettersSent.size());
        lettersSent.clear();
    }

    static long count(Set<ActionKey> keys, String action) {
        return keys.stream().filter(k -> k.action().equals(action)).count();
    }
}
