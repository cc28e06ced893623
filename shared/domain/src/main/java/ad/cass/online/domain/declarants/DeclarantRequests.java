package ad.cass.online.domain.declarants;

import ad.cass.online.domain.access.AccessEntry;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.error.Conflict;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.idempotency.IdempotencyKey;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.PersonStore;
import ad.cass.online.domain.personalfile.ContactRules;
import ad.cass.online.domain.personalfile.Ibans;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.domain.procedures.ProcedureCodes;
import ad.cass.online.domain.procedures.ProcedureStatus;
import ad.cass.online.domain.procedures.ProcedureStore;
import ad.cass.online.domain.procedures.ProcedureType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a declarant asks CASS to do (seed 002: "l'alta i baixa dels empleats", "la primera matriculació dels
 * empleats", "la modificació de les seves dades de declarant"; issue 22), each filed as a procedure CASS handles,
 * once per Idempotency-Key, under the declarant's holder and marked professional (a dependant never sees it).
 */
public final class DeclarantRequests {
    static final String NO_EMPLOYEES = "Un treballador per compte propi no té empleats.";
    static final String BAD_DAY = "Indiqueu un dia entre fa {0} dies i d'aquí a {1} dies, amb el format AAAA-MM-DD.";
    static final String EMPLOYED_ALREADY = "Aquesta persona ja és empleada del declarant.";
    static final String UNKNOWN_PERSON = "Aquest número no consta a la CASS. Per a algú que no hi ha estat mai, deixeu-lo buit i indiqueu-ne el nom i la data de naixement.";
    static final String NAME_NEEDED = "Per a una primera matriculació cal el nom, els cognoms i la data de naixement.";
    static final String BAD_BIRTH_DATE = "La data de naixement ha de tenir el format AAAA-MM-DD i ser d'algú de 14 anys o més.";
    static final String NOT_EMPLOYED = "Aquesta persona no és empleada del declarant.";
    static final String BEFORE_START = "El darrer dia no pot ser anterior a l'alta ({0}).";
    static final String NOTHING_TO_CHANGE = "Indiqueu què voleu canviar: l'adreça electrònica, el telèfon, l'adreça o el compte bancari.";
    static final String CHANGE_WAITING = "Ja hi ha un canvi de dades del declarant pendent de confirmar per la CASS.";
    static final String BAD_ADDRESS = "L'adreça ha de tenir entre 5 i 200 caràcters.";
    /** How far back and ahead a hire or a leaving may be dated (DOMAIN: issue 22's decision). */
    static final int DAYS_BACK = 30;
    static final int DAYS_AHEAD = 60;

    /** A hire as sent: a CASS number, or the name and birth date of someone new to CASS. */
    public record Hire(String cassNumber, String givenName, String familyName, String birthDate, String startDate) {
    }

    /** A change of the declarant's data as sent: only what changes. */
    public record Change(String email, String phone, String address, String iban) {
    }

    private final AccessGuard guard;
    private final DeclarantStore store;
    private final PersonStore people;
    private final ProcedureStore procedures;
    private final Clock clock;

    public DeclarantRequests(AccessGuard guard, DeclarantStore store, PersonStore people, ProcedureStore procedures, Clock clock) {
        this.guard = guard;
        this.store = store;
        this.people = people;
        this.procedures = procedures;
        this.clock = clock;
    }

    /** Seed 002: registers a hire, an insured person's registration with this declarant or a first registration. */
    public Procedure hire(Principal caller, String idempotencyKey, Hire hire) {
        IdempotencyKey key = new IdempotencyKey(idempotencyKey);
        DeclarantFile file = DeclarantService.fileOf(guard, store, caller, AccessEntry.Operation.WRITE);
        if (!file.employs()) {
            throw new Conflict(NO_EMPLOYEES);
        }
        Instant now = now();
        LocalDate today = LocalDate.ofInstant(now, CatalanFormat.ANDORRA);
        LocalDate start = day("startDate", hire.startDate(), today);
        Map<String, String> fields = new TreeMap<>();
        fields.put("declarantNumber", file.number());
        fields.put("startDate", start.toString());
        ProcedureType type;
        if (hire.cassNumber() != null && !hire.cassNumber().isBlank()) {
            CassNumber who = CassNumber.of(hire.cassNumber());
            var person = people.find(who).orElseThrow(() -> new InvalidInput("cassNumber", UNKNOWN_PERSON));
            if (store.employees(file.number()).stream().anyMatch(e -> e.cassNumber().equals(who) && (e.to() == null || !e.to().isBefore(start)))) {
                throw new Conflict(EMPLOYED_ALREADY);
            }
            type = ProcedureType.EMPLOYEE_REGISTRATION;
            fields.put("cassNumber", who.value());
            fields.put("name", person.fullName());
        } else {
            if (blank(hire.givenName()) || blank(hire.familyName()) || blank(hire.birthDate())) {
                throw new InvalidInput(blank(hire.givenName()) ? "givenName" : blank(hire.familyName()) ? "familyName" : "birthDate",
                        NAME_NEEDED);
            }
            LocalDate born = birthDate(hire.birthDate(), today);
            type = ProcedureType.EMPLOYEE_FIRST_REGISTRATION;
            fields.put("givenName", hire.givenName().trim());
            fields.put("familyName", hire.familyName().trim());
            fields.put("birthDate", born.toString());
        }
        return file(file, key, today, now, type, fields);
    }

    /** Seed 002: an employee's last day with this declarant. */
    public Procedure leave(Principal caller, String idempotencyKey, String cassNumber, String endDate) {
        IdempotencyKey key = new IdempotencyKey(idempotencyKey);
        DeclarantFile file = DeclarantService.fileOf(guard, store, caller, AccessEntry.Operation.WRITE);
        Instant now = now();
        LocalDate today = LocalDate.ofInstant(now, CatalanFormat.ANDORRA);
        // a malformed number is nobody here either: the same 404, whether or not the person exists
        EmployeeRecord employee = store.employees(file.number()).stream()
                .filter(e -> e.cassNumber().value().equals(cassNumber) && e.to() == null).findFirst()
                .orElseThrow(() -> new NotFound(NOT_EMPLOYED));
        LocalDate last = day("endDate", endDate, today);
        if (last.isBefore(employee.from())) {
            throw new InvalidInput("endDate", BEFORE_START, CatalanFormat.date(employee.from()));
        }
        Map<String, String> fields = new TreeMap<>();
        fields.put("declarantNumber", file.number());
        fields.put("cassNumber", employee.cassNumber().value());
        fields.put("name", employee.name());
        fields.put("endDate", last.toString());
        return file(file, key, today, now, ProcedureType.EMPLOYEE_LEAVING, fields);
    }

    /**
     * Seed 002: asks CASS to change the declarant's contact data or bank account. The change waits on the file (one
     * at a time) until CASS confirms it; the procedure shows the bank account masked, the file keeps it whole.
     */
    public Procedure change(Principal caller, String idempotencyKey, Change change) {
        IdempotencyKey key = new IdempotencyKey(idempotencyKey);
        DeclarantFile file = DeclarantService.fileOf(guard, store, caller, AccessEntry.Operation.WRITE);
        Map<String, String> values = new TreeMap<>();
        if (change.email() != null) {
            values.put("email", ContactRules.email("email", change.email()));
        }
        if (change.phone() != null) {
            values.put("phone", ContactRules.phone(change.phone()));
        }
        if (change.address() != null) {
            String address = change.address().trim();
            if (address.length() < 5 || address.length() > 200) {
                throw new InvalidInput("address", BAD_ADDRESS);
            }
            values.put("address", address);
        }
        if (change.iban() != null) {
            values.put("iban", Ibans.normalised(change.iban()));
        }
        if (values.isEmpty()) {
            throw new InvalidInput("body", NOTHING_TO_CHANGE);
        }
        Instant now = now();
        LocalDate today = LocalDate.ofInstant(now, CatalanFormat.ANDORRA);
        String code = ProcedureCodes.forRequest(file.holder(), key, today);
        // the file first, conditionally: of two changes at once one waits, the other is a 409; a retry of this one
        // (the same key, so the same code) finds its own change there and goes on to file the procedure
        if (!store.markChangePending(file.number(), new DeclarantFile.PendingChange(code, today, values))) {
            throw new Conflict(CHANGE_WAITING);
        }
        Map<String, String> fields = new TreeMap<>(values);
        fields.computeIfPresent("iban", (k, iban) -> Ibans.mask(iban));
        fields.put("declarantNumber", file.number());
        return procedures.createOnce(new Procedure(file.holder(), code, ProcedureType.DECLARANT_DATA_CHANGE.label(), today, now,
                ProcedureStatus.IN_PROGRESS, true, List.of(), fields));
    }

    private Procedure file(DeclarantFile file, IdempotencyKey key, LocalDate today, Instant now, ProcedureType type,
                           Map<String, String> fields) {
        return procedures.createOnce(new Procedure(file.holder(), ProcedureCodes.forRequest(file.holder(), key, today),
                type.label(), today, now, ProcedureStatus.IN_PROGRESS, true, List.of(), fields));
    }

    private static LocalDate day(String field, String written, LocalDate today) {
        try {
            LocalDate day = LocalDate.parse(written == null ? "" : written);
            if (day.isBefore(today.minusDays(DAYS_BACK)) || day.isAfter(today.plusDays(DAYS_AHEAD))) {
                throw new InvalidInput(field, BAD_DAY, DAYS_BACK, DAYS_AHEAD);
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, BAD_DAY, DAYS_BACK, DAYS_AHEAD);
        }
    }

    private static LocalDate birthDate(String written, LocalDate today) {
        try {
            LocalDate born = LocalDate.parse(written);
            if (born.isAfter(today.minusYears(14))) {
                throw new InvalidInput("birthDate", BAD_BIRTH_DATE);
            }
            return born;
        } catch (DateTimeParseException e) {
            throw new InvalidInput("birthDate", BAD_BIRTH_DATE);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
