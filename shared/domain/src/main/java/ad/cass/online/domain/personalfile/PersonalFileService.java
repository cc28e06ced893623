package ad.cass.online.domain.personalfile;

import ad.cass.online.domain.access.AccessEntry;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.access.AccessLogService;
import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.access.Subject;
import ad.cass.online.domain.contributions.EmploymentStore;
import ad.cass.online.domain.error.Conflict;
import ad.cass.online.domain.error.Forbidden;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.Unavailable;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.person.ProfileType;
import ad.cass.online.domain.procedures.DocumentRole;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.domain.procedures.ProcedureDocument;
import ad.cass.online.domain.procedures.ProcedureStatus;
import ad.cass.online.domain.signin.Notice;
import ad.cass.online.domain.signin.NoticeQueue;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * "Veure fitxa" and its changes (seed 000 §2.2.1: "des d'aquesta fitxa es poden modificar les diferents
 * dades"; issue 17). Contact data change at once; a bank account only through the procedure "canvi de dades
 * bancàries", which CASS confirms. Every change leaves an audit entry, written in the same transaction as the
 * change itself; an e-mail change also tells the old address, through the notice queue, and the file owes that
 * notice until it is posted, so a request that failed after the change is finished by its retry.
 */
public final class PersonalFileService {
    static final String BANK_CHANGE_TYPE = "Canvi de dades bancàries";
    static final String NOTHING_TO_CHANGE = "Indiqueu almenys una dada per modificar: email, phone, address o iban.";
    /**
     * Our decision where the seeds are silent: an indirect insured person is covered through their holder (seed
     * 004), and what CASS pays for their care goes to the holder's account, so they have no bank details of their own.
     */
    static final String BANK_IS_THE_HOLDERS = "Les prestacions d'un assegurat indirecte es paguen al compte de la persona "
            + "assegurada directa: les dades bancàries es canvien des del seu propi perfil.";
    static final String BANK_CHANGE_PENDING = "Ja hi ha un canvi de dades bancàries pendent de confirmar per la CASS. "
            + "Espereu que es resolgui abans de demanar-ne un altre.";
    static final String SAME_ACCOUNT = "Aquest compte ja és el que la CASS té a la vostra fitxa.";
    static final String BUSY = "La fitxa s'està modificant des d'una altra sessió. Torneu-ho a provar.";
    /** A change read, decided and written again this many times before the person is asked to retry. */
    static final int ATTEMPTS = 3;
    private static final ZoneId ANDORRA = ZoneId.of("Europe/Andorra");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccessGuard guard;
    private final PersonalFileStore files;
    private final EmploymentStore employment;
    private final NoticeQueue notices;
    private final Clock clock;

    public PersonalFileService(AccessGuard guard, PersonalFileStore files, EmploymentStore employment, NoticeQueue notices,
                               Clock clock) {
        this.guard = guard;
        this.files = files;
        this.employment = employment;
        this.notices = notices;
        this.clock = clock;
    }

    /** The file of the person the caller acts as; the employment history only where the profile may read it. */
    public PersonalFile view(Principal caller) {
        AccessGuard.Reached reached = guard.reach(caller, DataCategory.PERSONAL, DataCategory.PROFESSIONAL);
        return file(reached.subject(), reached.person(), reached.dependants(), files.read(reached.subject().person()));
    }

    /**
     * Applies {@code patch} to the file of the person the caller acts as and answers the file as it now is.
     * Applying the same patch again changes nothing and writes nothing (a retry is safe); a bank change to
     * the account already asked for answers the procedure already filed.
     */
    public PersonalFile change(Principal caller, FilePatch patch) {
        if (patch.isEmpty()) {
            throw new InvalidInput("body", NOTHING_TO_CHANGE);
        }
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            // read again on each attempt: the change that came first may have been the e-mail, kept with the person
            AccessGuard.Reached reached = guard.reachToWrite(caller, DataCategory.PERSONAL);
            Subject subject = reached.subject();
            Person person = reached.person();
            if (patch.iban() != null && person.type() == InsuredType.INDIRECT) { // whether the holder or they themselves ask
                throw new Forbidden(BANK_IS_THE_HOLDERS);
            }
            FileRecord file = files.read(subject.person());
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            PersonalFileStore.Change change = decide(caller, subject, person, file, patch, now);
            if (change == null) { // nothing new: only a notice the file may still owe
                owedNotice(subject.person(), file);
                return file(subject, person, reached.dependants(), file);
            }
            try {
                files.write(change);
            } catch (PersonalFileStore.ChangedMeanwhile e) {
                continue; // another session's change came first: decide again on what it wrote
            }
            owedNotice(subject.person(), change.record());
            return file(subject, change.newEmail() == null ? person : withEmail(person, change.newEmail()), reached.dependants(),
                    change.record());
        }
        throw new Conflict(BUSY);
    }

    /** The audit trail of the file of the person the caller acts as. */
    public PersonalFileStore.History history(Principal caller, int limit, String cursor) {
        AccessLogService.requirePageSize(limit);
        Subject subject = guard.subject(caller, DataCategory.PERSONAL);
        return files.history(subject.person(), limit, cursor);
    }

    /** The change {@code patch} makes to the file as read, or null when it makes none. */
    private PersonalFileStore.Change decide(Principal caller, Subject subject, Person person, FileRecord file, FilePatch patch,
                                            Instant now) {
        List<FieldChange> changes = new ArrayList<>();
        String newEmail = null;
        if (patch.email() != null && !patch.email().equalsIgnoreCase(Objects.toString(person.email(), ""))) {
            newEmail = patch.email();
            changes.add(new FieldChange("email", person.email(), newEmail));
        }
        String phone = file.phone();
        if (patch.phone() != null && !patch.phone().equals(phone)) {
            changes.add(new FieldChange("phone", phone, patch.phone()));
            phone = patch.phone();
        }
        PostalAddress address = file.address();
        if (patch.address() != null && !patch.address().equals(address)) {
            changes.add(new FieldChange("address", written(address), written(patch.address())));
            address = patch.address();
        }
        BankChangeRequest pending = file.pendingBank();
        Procedure procedure = null;
        if (patch.iban() != null && (pending == null || !pending.iban().equals(patch.iban()))) {
            if (pending != null) {
                throw new Conflict(BANK_CHANGE_PENDING);
            }
            if (file.bank() != null && file.bank().iban().equals(patch.iban())) {
                throw new InvalidInput("iban", SAME_ACCOUNT);
            }
            procedure = bankProcedure(subject.person(), now);
            pending = new BankChangeRequest(procedure.code(), patch.iban(), now);
            changes.add(new FieldChange("iban", file.bank() == null ? null : file.bank().masked(), Ibans.mask(patch.iban())));
        }
        if (changes.isEmpty()) {
            return null;
        }
        FileRecord record = new FileRecord(phone, address, file.bank(), pending,
                newEmail != null && person.email() != null ? now : file.emailNoticeOwed(), file.version() + 1);
        AccessEntry.Capacity capacity = subject.person().equals(caller.cassNumber()) ? AccessEntry.Capacity.SELF
                : AccessEntry.Capacity.HOLDER;
        FileAuditEntry audit = new FileAuditEntry(HexFormat.of().formatHex(randomBytes()), subject.person(), caller.cassNumber(),
                capacity, now, changes, procedure == null ? null : procedure.code());
        return new PersonalFileStore.Change(subject.person(), person.holder(), newEmail, record, file.version(), audit, procedure);
    }

    /**
     * Tells the old address of an e-mail change (issue 17). A queue that refuses leaves the notice owed and the
     * person told to retry; the retry finds the change made and posts it then.
     */
    private void owedNotice(CassNumber subject, FileRecord file) {
        if (file.emailNoticeOwed() == null) {
            return;
        }
        try {
            notices.post(Notice.emailChanged(subject, file.emailNoticeOwed()));
        } catch (NoticeQueue.NotPosted e) {
            throw new Unavailable("notice queue: " + e.getMessage());
        }
        files.noticePosted(subject, file.emailNoticeOwed());
    }

    /** "canvi de dades bancàries", waiting on CASS to confirm the account (it may ask for a bank certificate). */
    private static Procedure bankProcedure(CassNumber subject, Instant now) {
        LocalDate today = now.atZone(ANDORRA).toLocalDate();
        String code = String.format("TA%d-%06d", today.getYear(), RANDOM.nextInt(1_000_000));
        return new Procedure(subject, code, BANK_CHANGE_TYPE, today, now, ProcedureStatus.IN_PROGRESS, false,
                List.of(new ProcedureDocument("Certificat de titularitat del compte", DocumentRole.OPTIONAL)));
    }

    private PersonalFile file(Subject subject, Person person, List<Person> dependants, FileRecord file) {
        return new PersonalFile(subject, person, new ContactDetails(person.email(), file.phone(), file.address()),
                subject.profile().type() == ProfileType.DEPENDANT ? List.of() : dependants, file.bank(), file.pendingBank(),
                subject.mayRead(DataCategory.PROFESSIONAL) ? employment.periods(subject.person()) : null);
    }

    /** An address as one line, for the audit trail. */
    static String written(PostalAddress a) {
        return a == null ? null : a.street() + ", " + a.postcode() + " " + a.town() + " (" + a.country() + ")";
    }

    private static Person withEmail(Person p, String email) {
        return new Person(p.cassNumber(), p.givenName(), p.familyName(), p.birthDate(), p.type(), p.holder(), p.relation(),
                p.employmentStatus(), email, p.residenceCountry(), p.declarants());
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
