package ad.cass.online.domain.lifecertificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.documents.DocumentStore;
import ad.cass.online.domain.error.Conflict;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.identity.AuthMethod;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.lifecertificates.LifeCertificateLetters.Letter;
import ad.cass.online.domain.lifecertificates.LifeCertificateStore.CertificateOutcome;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.DependantRelation;
import ad.cass.online.domain.person.EmploymentStatus;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.domain.procedures.ProcedureStatus;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.domain.testing.InMemoryAccessLog;
import ad.cass.online.domain.testing.InMemoryPersonStore;
import ad.cass.online.domain.testing.InMemoryProcedureStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pensioner's side of proof of life (issue 21; seed 003 §3): a certificate sent through the portal counts for its
 * campaign, once per file, reinstates a suspended pension with the months withheld, and wins a race with the deadline
 * run; the status says what is due and what is owed; the video call is filed as a procedure.
 */
class LifeCertificateServiceTest {
    static final CassNumber PAU = CassNumber.of("300001A");
    static final CassNumber MARTA = CassNumber.of("300002A");
    static final CassNumber FILL = CassNumber.of("300003A");
    static final CassNumber STRANGER = CassNumber.of("300004A");
    static final LifeCertificateSettings SETTINGS = LifeCertificateSettings.defaults();
    static final CampaignCalendar CALENDAR = new CampaignCalendar(SETTINGS);
    static final Campaign NOV = CALENDAR.abroad(YearMonth.of(2026, 11));
    static final PensionState SUSPENDED_FOR_NOV = PensionState.suspended(LocalDate.of(2027, 1, 1), "2026-11");
    static final byte[] PDF = "%PDF-1.7 certificat de vida".getBytes(StandardCharsets.ISO_8859_1);

    final InMemoryPersonStore people = new InMemoryPersonStore();
    final InMemoryLifeCertificateStore store = new InMemoryLifeCertificateStore();
    final Map<String, byte[]> files = new HashMap<>();
    final List<Letter> letters = new ArrayList<>();

    LifeCertificateServiceTest() {
        people.save(new Person(PAU, "Pau", "Riba", LocalDate.of(1950, 2, 3), InsuredType.DIRECT, null, null,
                EmploymentStatus.PENSIONER, "pau@example.fr", "FR", List.of()));
        people.save(new Person(MARTA, "Marta", "Soler", LocalDate.of(1952, 5, 6), InsuredType.DIRECT, null, null,
                EmploymentStatus.PENSIONER, "marta@example.pt", "PT", List.of()));
        people.save(new Person(FILL, "Fill", "Riba", LocalDate.of(2008, 5, 6), InsuredType.INDIRECT, PAU,
                DependantRelation.CHILD_UNDER_18, EmploymentStatus.STUDENT, null, "FR", List.of()));
        people.save(new Person(STRANGER, "Anna", "Vila", LocalDate.of(1980, 5, 6), InsuredType.DIRECT, null, null,
                EmploymentStatus.EMPLOYED, null, "AD", List.of()));
    }

    LifeCertificateService service(String now) {
        Clock clock = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
        return new LifeCertificateService(new AccessGuard(people, new InMemoryAccessLog(), clock), store, files(),
                (audit, letter) -> letters.add(letter), SETTINGS, clock);
    }

    StaffRecordings staff(String now) {
        return new StaffRecordings(people, store, files(), (audit, letter) -> letters.add(letter), SETTINGS,
                Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
    }

    DocumentStore files() {
        return new DocumentStore() {
            @Override
            public void put(String key, byte[] content, String contentType) {
                files.put(key, content.clone());
            }

            @Override
            public Optional<byte[]> get(String key) {
                return Optional.ofNullable(files.get(key));
            }

            @Override
            public URI downloadLink(String key, String fileName, Duration validity) {
                throw new UnsupportedOperationException("not used here");
            }
        };
    }

    static Principal own(CassNumber who) {
        return new Principal(who, "own:" + who.value(), "session", AuthMethod.PIN);
    }

    static Submission town(String issued, byte[] file) {
        return Submission.of("TOWN_HALL", issued, "FR", "fe.pdf", "application/pdf", file);
    }

    void pension(CassNumber who, String country, boolean supplement, PensionState state) {
        store.savePension(new Pensioner(who, country, 123_456, supplement, Language.FR), state);
    }

    /** Seed 003 §3.2: dated in the campaign month, it counts for the campaign; the file is kept under its SHA-256. */
    @Test
    void aValidCertificateCountsForTheCampaignUnderWay() {
        pension(PAU, "FR", false, PensionState.paid());
        var submitted = service("2026-11-20T10:00:00Z").submit(own(PAU), town("2026-11-10", PDF), PDF);

        assertEquals(List.of("2026-11"), submitted.countsFor().stream().map(Campaign::id).toList());
        assertFalse(submitted.duplicate());
        assertEquals(PensionState.paid(), submitted.state());
        assertEquals(1, store.pension(PAU).orElseThrow().received("2026-11"));
        String key = "life-certificates/300001A/" + CertificateIntake.sha256(PDF) + ".pdf";
        assertEquals(key, submitted.certificate().fileKey());
        assertTrue(files.containsKey(key), "the file is kept");
        assertEquals("****01A", submitted.certificate().actor(), "never a full CASS number");

        var status = service("2026-11-21T10:00:00Z").status(own(PAU));
        var november = status.campaigns().get(0);
        assertEquals("2026-11", november.campaign().id());
        assertEquals(1, november.received());
        assertFalse(november.due(), "nothing more is due");
        assertEquals(1, status.certificates().size());
    }

    /** A retry sends the same file: it answers what the first did and counts once. */
    @Test
    void theSameFileAgainCountsOnce() {
        pension(PAU, "FR", true, PensionState.paid());
        service("2026-11-20T10:00:00Z").submit(own(PAU), town("2026-11-10", PDF), PDF);
        var again = service("2026-11-20T10:00:05Z").submit(own(PAU), town("2026-11-10", PDF), PDF);

        assertTrue(again.duplicate());
        assertEquals(List.of("2026-11"), again.countsFor().stream().map(Campaign::id).toList());
        assertEquals(1, store.pension(PAU).orElseThrow().received("2026-11"));
        var november = service("2026-11-21T10:00:00Z").status(own(PAU)).campaigns().get(0);
        assertEquals(2, november.required(), "seed 003 §3.2: with a supplement, two certificates");
        assertTrue(november.due(), "one file is one certificate: the second is still due");
    }

    /** Issue 21: a refused certificate names the field; nothing is kept. Seed 003 §3.2 for the dates. */
    @ParameterizedTest(name = "{0} {1} on {2} -> {3}")
    @CsvSource({
            "HOSPITAL,        2026-11-10, 2026-11-20, issuerType",
            "CASS_IN_PERSON,  2026-11-10, 2026-11-20, issuerType",
            "TOWN_HALL,       2026-10-31, 2026-11-20, issueDate",
            "TOWN_HALL,       2026-11-21, 2026-11-20, issueDate",
            "TOWN_HALL,       10/11/2026, 2026-11-20, issueDate"})
    void aRefusedCertificateNamesItsField(String issuer, String issued, String today, String field) {
        pension(PAU, "FR", false, PensionState.paid());
        InvalidInput refused = assertThrows(InvalidInput.class, () -> service(today + "T10:00:00Z")
                .submit(own(PAU), Submission.of(issuer, issued, "FR", "f.pdf", "application/pdf", PDF), PDF));
        assertEquals(field, refused.field());
        assertTrue(files.isEmpty(), "nothing is kept of a refused certificate");
        assertEquals(0, store.pension(PAU).orElseThrow().received("2026-11"));
    }

    /**
     * Issue 21: "CASS_IN_PERSON and OVAC_VIDEO_CALL (recorded by CASS staff, not by the pensioner)". Staff record them
     * without a file, under their reference: recorded again (a retried invocation), they count once.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"CASS_IN_PERSON, TA2026-009001", "OVAC_VIDEO_CALL, OVAC/2026/1187"})
    void staffRecordTheChecksTheyTookThemselves(String issuer, String reference) {
        pension(PAU, "FR", false, PensionState.paid());
        StaffRecordings staff = staff("2026-11-20T10:00:00Z");
        Submission seen = Submission.of(issuer, "2026-11-20", "FR", null, null, null);
        var recorded = staff.record(PAU, "agent.0042", reference, seen, null);

        assertEquals(List.of("2026-11"), recorded.countsFor().stream().map(Campaign::id).toList());
        assertEquals(SubmittedBy.STAFF, recorded.certificate().submittedBy());
        assertEquals("STAFF#agent.0042", recorded.certificate().actor());
        assertEquals(null, recorded.certificate().fileKey(), "the staff member's word: no paper");
        assertTrue(files.isEmpty());
        assertTrue(staff.record(PAU, "agent.0042", reference, seen, null).duplicate(), "the same reference: a retry");
        assertEquals(1, store.pension(PAU).orElseThrow().received("2026-11"));
        assertEquals(1, service("2026-11-20T10:00:00Z").status(own(PAU)).certificates().size());
    }

    /** A video call with a suspended pensioner reinstates it as a certificate does, with the staff member as the actor. */
    @Test
    void aVideoCallReinstatesASuspendedPension() {
        pension(PAU, "FR", false, SUSPENDED_FOR_NOV);
        var recorded = staff("2027-02-10T10:00:00Z").record(PAU, "agent.0042", "OVAC/2027/0031",
                Submission.of("OVAC_VIDEO_CALL", "2027-02-10", "FR", null, null, null), null);
        assertEquals(PensionState.paid(), recorded.state());
        assertEquals(123_456, recorded.reinstatement().orElseThrow().arrearsCents(), "January withheld");
        assertEquals("STAFF#agent.0042", store.audit(PAU).get(0).actor());
        assertEquals(1, letters.size(), "the reinstatement letter");
    }

    /** What the staff function refuses, by field: who records it, its reference, a paper issuer without its scan. */
    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            "agent.0042, TA2026-009001, TOWN_HALL,      file",
            "'',         TA2026-009001, CASS_IN_PERSON, staffId",
            "agent.0042, '',            CASS_IN_PERSON, reference",
            "agent.0042, 'a b',         CASS_IN_PERSON, reference",
            "agent.0042, TA2026-009001, DOCTOR,         issuerType"})
    void whatStaffCannotRecord(String staffId, String reference, String issuer, String field) {
        pension(PAU, "FR", false, PensionState.paid());
        InvalidInput refused = assertThrows(InvalidInput.class, () -> staff("2026-11-20T10:00:00Z")
                .record(PAU, staffId, reference, Submission.of(issuer, "2026-11-20", "FR", null, null, null), null));
        assertEquals(field, refused.field());
        assertEquals(0, store.pension(PAU).orElseThrow().received("2026-11"));
    }

    @Test
    void staffRecordOnlyForAPensioner() {
        assertThrows(NotFound.class, () -> staff("2026-11-20T10:00:00Z").record(STRANGER, "agent.0042", "TA2026-009001",
                Submission.of("CASS_IN_PERSON", "2026-11-20", "AD", null, null, null), null));
    }

    /** DOMAIN.md: a late certificate pays again from its month, January and February owed to the cent. */
    @Test
    void aLateCertificateReinstatesWithTheArrears() {
        pension(PAU, "FR", false, SUSPENDED_FOR_NOV);
        var suspended = service("2027-03-01T10:00:00Z").status(own(PAU));
        assertEquals(2 * 123_456, suspended.withheldCents(), "January and February withheld so far");
        assertEquals(Optional.of(LocalDate.of(2029, 12, 31)), suspended.closesOn());
        assertTrue(suspended.campaigns().stream().anyMatch(c -> c.missed() && c.due()));

        var submitted = service("2027-03-15T10:00:00Z").submit(own(PAU), town("2027-03-10", PDF), PDF);

        assertEquals(PensionState.paid(), submitted.state());
        var r = submitted.reinstatement().orElseThrow();
        assertEquals(2 * 123_456, r.arrearsCents());
        assertEquals(YearMonth.of(2027, 3), r.resumesWith());
        assertEquals(PensionState.paid(), store.pension(PAU).orElseThrow().state());
        assertEquals(1, letters.size(), "the reinstatement letter");
        var status = service("2027-03-16T10:00:00Z").status(own(PAU));
        assertEquals(0, status.withheldCents());
        assertEquals(2 * 123_456, status.lastArrears().orElseThrow().arrearsCents());
        var november = status.campaigns().stream().filter(c -> c.campaign().id().equals("2026-11")).findFirst().orElseThrow();
        assertEquals(Map.of("REINSTATEMENT", Instant.parse("2027-03-15T10:00:00Z")), november.actions(), "its audit entry, with when");
    }

    /** Issue 21, "every decision leaves an audit entry": the status lists what was done, and an imported action with no time. */
    @Test
    void theStatusListsWhatCassDidEachTimeOnce() {
        store.importPensions(List.of(new PensionRecord(new Pensioner(PAU, "FR", 123_456, false, Language.FR), PensionState.paid(),
                Map.of(), Set.of(new ActionKey(PAU, "2026-11", "REQUEST")), 1)));
        var november = service("2026-12-02T10:00:00Z").status(own(PAU)).campaigns().get(0);
        assertEquals("2026-11", november.campaign().id());
        Map<String, Instant> expected = new java.util.LinkedHashMap<>();
        expected.put("REQUEST", null);
        assertEquals(expected, november.actions(), "imported from the paper system: done, no time");
        assertTrue(november.due());
    }

    /** A mail service refusing the reinstatement's letter does not undo or fail it: the certificate was counted. */
    @Test
    void aReinstatementStandsWhenItsMailIsRefused() {
        pension(PAU, "FR", false, SUSPENDED_FOR_NOV);
        Clock clock = Clock.fixed(Instant.parse("2027-03-15T10:00:00Z"), ZoneOffset.UTC);
        List<AuditEntry> tried = new ArrayList<>();
        var service = new LifeCertificateService(new AccessGuard(people, new InMemoryAccessLog(), clock), store, files(),
                (audit, letter) -> {
                    tried.add(audit);
                    throw new ad.cass.online.domain.mail.Mailer.MailNotSent("SES refused: MessageRejected");
                }, SETTINGS, clock);
        var submitted = service.submit(own(PAU), town("2027-03-10", PDF), PDF);
        assertEquals(PensionState.paid(), submitted.state());
        assertEquals(PensionState.paid(), store.pension(PAU).orElseThrow().state());
        assertEquals(1, tried.size(), "the letter was tried once");
    }

    /** Seed 003 §3.2 "ULL! MAJORACIÓ (2 FE DE VIDA)": with a supplement the second certificate reinstates, not the first. */
    @Test
    void withASupplementTheSecondCertificateReinstates() {
        pension(PAU, "FR", true, SUSPENDED_FOR_NOV);
        byte[] other = "%PDF-1.7 un altre certificat".getBytes(StandardCharsets.ISO_8859_1);
        var first = service("2027-02-03T10:00:00Z").submit(own(PAU), town("2027-02-01", PDF), PDF);
        assertEquals(SUSPENDED_FOR_NOV, first.state());
        assertTrue(first.reinstatement().isEmpty());
        var second = service("2027-02-04T10:00:00Z").submit(own(PAU), town("2027-02-02", other), other);
        assertEquals(PensionState.paid(), second.state());
        assertEquals(123_456, second.reinstatement().orElseThrow().arrearsCents(), "January");
    }

    /**
     * Issue 21: the deadline run suspends between the certificate's read and its write; the write is refused, the
     * service reads again, and the certificate, valid for the missed campaign, reinstates: nothing lost.
     */
    @Test
    void aSuspensionRacingACertificateEndsReinstated() {
        pension(PAU, "FR", false, PensionState.paid());
        PensionRecord asked = store.pension(PAU).orElseThrow();
        store.recordAction(asked, asked.state(), AuditEntry.notice(ActionKey.of(PAU, NOV, Action.REQUEST),
                Instant.parse("2026-11-01T03:00:00Z"), AuditEntry.scheduler("r0"), asked.pensioner()));
        LifeCertificateStore racing = new Racing(store, () -> {
            PensionRecord now = store.pension(PAU).orElseThrow();
            store.recordAction(now, SUSPENDED_FOR_NOV, AuditEntry.suspension(ActionKey.of(PAU, NOV, Action.SUSPENSION),
                    Instant.parse("2027-01-01T03:00:00Z"), AuditEntry.scheduler("deadline"), SUSPENDED_FOR_NOV));
        });
        Clock clock = Clock.fixed(Instant.parse("2027-01-01T09:00:00Z"), ZoneOffset.UTC);
        var service = new LifeCertificateService(new AccessGuard(people, new InMemoryAccessLog(), clock), racing, files(),
                (audit, letter) -> letters.add(letter), SETTINGS, clock);

        var submitted = service.submit(own(PAU), town("2026-11-25", PDF), PDF);

        assertEquals(PensionState.paid(), submitted.state());
        assertEquals(0, submitted.reinstatement().orElseThrow().arrearsCents(), "received in the suspension's first month");
        PensionRecord after = store.pension(PAU).orElseThrow();
        assertEquals(PensionState.paid(), after.state());
        assertTrue(after.done().contains(ActionKey.of(PAU, NOV, Action.SUSPENSION)), "the suspension stands in the audit");
        assertTrue(after.done().contains(ActionKey.of(PAU, NOV, Action.REINSTATEMENT)));
    }

    /** Seed 000 §1.1: the holder acts for a dependant through the profile; a person with no pension is told so. */
    @Test
    void onlyAPensionersOwnProofOfLife() {
        pension(PAU, "FR", false, PensionState.paid());
        var service = service("2026-11-20T10:00:00Z");
        assertThrows(NotFound.class, () -> service.status(own(STRANGER)));
        assertThrows(NotFound.class, () -> service.submit(own(STRANGER), town("2026-11-10", PDF), PDF));
        Principal holderAsChild = new Principal(PAU, "dependant:" + FILL.value(), "session", AuthMethod.PIN);
        assertThrows(NotFound.class, () -> service.status(holderAsChild), "the child has no pension of their own");
    }

    /** DOMAIN.md "Outside the seeds": after three years the pension is closed; a certificate no longer helps. */
    @Test
    void aClosedPensionTakesNoCertificate() {
        pension(MARTA, "PT", false, SUSPENDED_FOR_NOV.closed(LocalDate.of(2029, 12, 31)));
        assertThrows(Conflict.class, () -> service("2030-01-10T10:00:00Z").submit(own(MARTA),
                Submission.of("NOTARY", "2030-01-05", "PT", "f.pdf", "application/pdf", PDF), PDF));
    }

    /** Issue 21: the video call is a procedure, filed once per key, for a working day ahead. */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "2026-11-24, AFTERNOON, ",
            "2026-11-23, ,          ",
            "2026-11-20, MORNING,   preferredDate",
            "2026-11-21, MORNING,   preferredDate",
            "2027-01-25, MORNING,   preferredDate",
            "2026-11-24, EVENING,   timeOfDay"})
    void aVideoCallIsFiledAsAProcedure(String day, String time, String field) {
        pension(PAU, "FR", false, PensionState.paid());
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
        InMemoryProcedureStore procedures = new InMemoryProcedureStore();
        var calls = new VideoCallRequests(new AccessGuard(people, new InMemoryAccessLog(), clock), store, procedures, clock);
        if (field != null) {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> calls.request(own(PAU), "key-000001", day, time));
            assertEquals(field, refused.field());
            assertTrue(procedures.filed.isEmpty());
            return;
        }
        Procedure p = calls.request(own(PAU), "key-000001", day, time);
        assertEquals(VideoCallRequests.DESCRIPTION, p.type());
        assertEquals(ProcedureStatus.IN_PROGRESS, p.status());
        assertEquals(Map.of("preferredDate", day, "timeOfDay", time == null ? "MORNING" : time, "language", "fr"), p.fields());
        assertEquals(p, calls.request(own(PAU), "key-000001", day, time), "the same key files it once");
        assertEquals(1, procedures.filed.size());
    }

    /** A store that lets a run act once, just before the first certificate is recorded. */
    static final class Racing implements LifeCertificateStore {
        private final LifeCertificateStore store;
        private Runnable before;

        Racing(LifeCertificateStore store, Runnable before) {
            this.store = store;
            this.before = before;
        }

        @Override
        public CertificateOutcome recordCertificate(PensionRecord expected, LifeCertificate c, Optional<AuditEntry> r) {
            Runnable run = before;
            before = () -> { };
            run.run();
            return store.recordCertificate(expected, c, r);
        }

        @Override
        public void savePension(Pensioner pensioner, PensionState state) {
            store.savePension(pensioner, state);
        }

        @Override
        public Optional<PensionRecord> pension(ad.cass.online.domain.person.CassNumber cassNumber) {
            return store.pension(cassNumber);
        }

        @Override
        public void importPensions(List<PensionRecord> pensions) {
            store.importPensions(pensions);
        }

        @Override
        public int shards() {
            return store.shards();
        }

        @Override
        public PensionerPage pensioners(boolean residents, int shard, String cursor, int limit) {
            return store.pensioners(residents, shard, cursor, limit);
        }

        @Override
        public boolean recordAction(PensionRecord expected, PensionState newState, AuditEntry audit) {
            return store.recordAction(expected, newState, audit);
        }

        @Override
        public void letterSent(ActionKey action) {
            store.letterSent(action);
        }

        @Override
        public List<LifeCertificate> certificates(CassNumber cassNumber) {
            return store.certificates(cassNumber);
        }

        @Override
        public List<AuditEntry> audit(CassNumber cassNumber) {
            return store.audit(cassNumber);
        }

        @Override
        public Optional<RunProgress> progress(String runId, int shard) {
            return store.progress(runId, shard);
        }

        @Override
        public void saveProgress(String runId, int shard, String cursor, boolean finished) {
            store.saveProgress(runId, shard, cursor, finished);
        }
    }
}
