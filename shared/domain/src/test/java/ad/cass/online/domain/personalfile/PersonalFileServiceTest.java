package ad.cass.online.domain.personalfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.access.AccessEntry;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.contributions.EmploymentPeriod;
import ad.cass.online.domain.contributions.EmploymentStore;
import ad.cass.online.domain.contributions.Scheme;
import ad.cass.online.domain.error.Conflict;
import ad.cass.online.domain.error.Forbidden;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.Unavailable;
import ad.cass.online.domain.identity.AuthMethod;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.DependantRelation;
import ad.cass.online.domain.person.EmploymentStatus;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.procedures.ProcedureStatus;
import ad.cass.online.domain.signin.Notice;
import ad.cass.online.domain.signin.NoticeQueue;
import ad.cass.online.domain.testing.InMemoryAccessLog;
import ad.cass.online.domain.testing.InMemoryPersonStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The personal file's rules (seed 000 §2.2.1; issue 17), on fakes of its ports. */
class PersonalFileServiceTest {
    static final CassNumber JORDI = CassNumber.of("100001A");
    static final CassNumber LAIA = CassNumber.of("100003C");
    static final Principal AS_JORDI = new Principal(JORDI, "own:100001A", "s", AuthMethod.PIN);
    static final Principal FOR_LAIA = new Principal(JORDI, "dependant:100003C", "s", AuthMethod.PIN);
    static final String ACCOUNT = "AD1200012030200359100100";
    static final String NEW_ACCOUNT = "AD3200012030987654321000";

    final InMemoryPersonStore people = new InMemoryPersonStore();
    final InMemoryPersonalFileStore files = new InMemoryPersonalFileStore(people);
    final List<Notice> posted = new ArrayList<>();
    boolean queueRefuses;
    final NoticeQueue queue = notice -> {
        if (queueRefuses) {
            throw new NoticeQueue.NotPosted("refused");
        }
        posted.add(notice);
    };
    final EmploymentStore employment = new EmploymentStore() {
        @Override
        public List<EmploymentPeriod> periods(CassNumber subject) {
            return List.of(new EmploymentPeriod(subject, "507342", "Banc Andorrà de Crèdit SA", Scheme.GENERAL,
                    LocalDate.of(2010, 3, 1), null));
        }

        @Override
        public void save(List<EmploymentPeriod> periods) {
            throw new UnsupportedOperationException();
        }
    };
    final Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
    final PersonalFileService service = new PersonalFileService(new AccessGuard(people, new InMemoryAccessLog(), clock),
            files, employment, queue, clock);

    PersonalFileServiceTest() {
        people.save(new Person(JORDI, "Jordi", "Vidal Font", LocalDate.of(1981, 3, 14), InsuredType.DIRECT, null, null,
                EmploymentStatus.EMPLOYED, "jordi.vidal@example.ad", "AD", List.of()));
        people.save(new Person(LAIA, "Laia", "Vidal Serra", LocalDate.of(2006, 2, 11), InsuredType.INDIRECT, JORDI,
                DependantRelation.STUDENT_18_TO_25, EmploymentStatus.STUDENT, null, "AD", List.of()));
        files.records.put(JORDI, new FileRecord("+376812345", null, new BankAccount(ACCOUNT, LocalDate.of(2010, 3, 1)), null, null, 1));
    }

    @Test
    void aDependantsProfessionalDataIsLeftOutOfTheirFileNotRefused() {
        assertNotNull(service.view(AS_JORDI).employment());
        PersonalFile laia = service.view(FOR_LAIA);
        assertNull(laia.employment());
        assertEquals(LAIA, laia.person().cassNumber());
        assertTrue(laia.dependants().isEmpty());
        assertEquals(1, service.view(AS_JORDI).dependants().size());
    }

    @Test
    void theSamePatchTwiceWritesOnceAndTellsTheOldAddressOnce() {
        FilePatch patch = new FilePatch("jordi.vidal.font@example.ad", "+376812346", null, null);
        PersonalFile changed = service.change(AS_JORDI, patch);
        assertEquals("jordi.vidal.font@example.ad", changed.contact().email());
        service.change(AS_JORDI, patch);
        assertEquals(1, files.audit.size());
        FileAuditEntry entry = files.audit.get(0);
        assertEquals(List.of(new FieldChange("email", "jordi.vidal@example.ad", "jordi.vidal.font@example.ad"),
                new FieldChange("phone", "+376812345", "+376812346")), entry.changes());
        assertEquals(AccessEntry.Capacity.SELF, entry.capacity());
        assertEquals(List.of(Notice.emailChanged(JORDI, entry.at())), posted);
        assertNull(files.read(JORDI).emailNoticeOwed(), "posted, so no longer owed");
    }

    @Test
    void aQueueThatRefusesLeavesTheNoticeOwedAndTheRetryPostsIt() {
        queueRefuses = true;
        FilePatch patch = new FilePatch("jordi.vidal.font@example.ad", null, null, null);
        assertThrows(Unavailable.class, () -> service.change(AS_JORDI, patch));
        assertEquals("jordi.vidal.font@example.ad", people.find(JORDI).orElseThrow().email(), "the change itself is made");
        assertNotNull(files.read(JORDI).emailNoticeOwed());
        queueRefuses = false;
        service.change(AS_JORDI, patch);
        assertEquals(1, posted.size());
        assertEquals(1, files.audit.size());
        assertEquals(java.util.Optional.of("jordi.vidal@example.ad"), files.emailBefore(JORDI, posted.get(0).at()));
    }

    @Test
    void aNewIbanFilesOneProcedureAndLeavesTheAccountAsItIs() {
        PersonalFile asked = service.change(AS_JORDI, new FilePatch(null, null, null, NEW_ACCOUNT));
        assertEquals(ACCOUNT, asked.bank().iban(), "payments go to the account on file until CASS confirms");
        assertEquals(NEW_ACCOUNT, asked.pendingBank().iban());
        assertEquals(1, files.procedures.size());
        assertEquals(PersonalFileService.BANK_CHANGE_TYPE, files.procedures.get(0).type());
        assertEquals(ProcedureStatus.IN_PROGRESS, files.procedures.get(0).status());
        assertEquals(asked.pendingBank().procedureCode(), files.audit.get(0).procedureCode());
        assertEquals(new FieldChange("iban", "**** **** **** **** **** 0100", "**** **** **** **** **** 1000"),
                files.audit.get(0).changes().get(0));

        service.change(AS_JORDI, new FilePatch(null, null, null, NEW_ACCOUNT)); // a retry
        assertEquals(1, files.procedures.size());
        assertThrows(Conflict.class, () -> service.change(AS_JORDI, new FilePatch(null, null, null, "FR1420041010050500013M02606")));
        assertEquals(1, files.audit.size());
    }

    @Test
    void theAccountOnFileAgainIsABadRequest() {
        assertEquals("iban", assertThrows(InvalidInput.class, () -> service.change(AS_JORDI, new FilePatch(null, null, null, ACCOUNT))).field());
    }

    @Test
    void actingForADependantTheHolderChangesTheirContactAsHolderButNeverABankAccount() {
        service.change(FOR_LAIA, new FilePatch("laia.vidal@example.ad", "+376355121", null, null));
        assertEquals("laia.vidal@example.ad", people.find(LAIA).orElseThrow().email());
        FileAuditEntry entry = files.audit.get(0);
        assertEquals(LAIA, entry.subject());
        assertEquals(JORDI, entry.actor());
        assertEquals(AccessEntry.Capacity.HOLDER, entry.capacity());
        assertTrue(posted.isEmpty(), "she had no address before: nobody to tell");
        assertThrows(Forbidden.class, () -> service.change(FOR_LAIA, new FilePatch(null, null, null, NEW_ACCOUNT)));
    }

    @Test
    void aChangeFromAnotherSessionMeanwhileIsReadAndTheChangeDecidedAgain() {
        files.interleave = () -> files.records.put(JORDI, new FileRecord("+376700000", null, files.read(JORDI).bank(), null, null, 2));
        service.change(AS_JORDI, new FilePatch(null, "+376812346", null, null));
        assertEquals("+376812346", files.read(JORDI).phone());
        assertEquals(3, files.read(JORDI).version());
        assertEquals(new FieldChange("phone", "+376700000", "+376812346"), files.audit.get(0).changes().get(0),
                "the old value is the one the other session wrote");
    }

    @Test
    void anEmptyPatchIsABadRequest() {
        assertEquals("body", assertThrows(InvalidInput.class, () -> service.change(AS_JORDI, new FilePatch(null, null, null, null))).field());
    }
}
