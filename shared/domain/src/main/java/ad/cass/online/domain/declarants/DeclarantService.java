package ad.cass.online.domain.declarants;

import ad.cass.online.domain.access.AccessEntry;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.access.Subject;
import ad.cass.online.domain.benefits.BenefitStore;
import ad.cass.online.domain.benefits.SickLeave;
import ad.cass.online.domain.error.Conflict;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.DeclarantKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a declarant sees and declares (seed 002; issue 22): its file and what needs attention, its months and
 * their contribution sheets, what it owes and its payment orders, its employees' sick leaves. Every call asks the
 * access guard for the declarant first (DataCategory.DECLARANT): only a session acting as that declarant gets past.
 * Procedures a declarant files (hires, leavings, a change of its data) are {@link DeclarantRequests}.
 */
public final class DeclarantService {
    static final String NO_FILE = "No consta cap expedient d'aquest declarant a la CASS.";
    static final String BAD_MONTH = "El mes ha de tenir el format AAAA-MM.";
    static final String MONTH_NOT_ENDED = "Només es pot declarar un mes acabat.";
    static final String BEFORE_REGISTRATION = "El declarant no estava registrat a la CASS el {0}.";
    static final String DECLARED_ALREADY = "El full de cotització de {0} ja està declarat.";
    static final String NO_LINES = "Cal una línia per a cada empleat del mes.";
    static final String OWN_ACCOUNT_NO_LINES = "Un treballador per compte propi no declara línies: la base és la triada per a l'any.";
    static final String NOT_AN_EMPLOYEE = "La línia {0}: aquesta persona no consta com a empleada del declarant aquell mes.";
    static final String TWICE = "La línia {0}: aquesta persona ja té una línia al full.";
    static final String BAD_DAYS = "La línia {0}: els dies treballats han de ser entre 1 i {1}.";
    static final String NEGATIVE = "La línia {0}: l'import d'un concepte no pot ser negatiu.";
    static final String NO_SALARY = "La línia {0}: cal almenys un concepte salarial.";
    static final String NO_BASE_CHOSEN = "Abans de declarar {0}, trieu la base de cotització del compte propi per a l'any {1}.";
    static final String NO_SUCH_PAYMENT = "No s'ha trobat aquest pagament.";
    static final String PAID_ALREADY = "Aquest pagament ja està fet.";
    static final String BAD_STATE = "L'estat ha de ser un d'aquests: {0}.";
    static final String BAD_YEAR = "L'any no és vàlid.";
    /** The oldest months a declarant still sees to declare: since January of last year (DOMAIN: issue 22). */
    static final int YEARS_BACK = 1;

    /** One line as the declarant sends it: an employee, the days worked, the salary by concept (as written). */
    public record LineInput(String cassNumber, Integer days, List<SalaryInput> salary) {
    }

    public record SalaryInput(String concept, Long cents) {
    }

    /** A month as the list shows it: declared or still pending. */
    public record Month(YearMonth period, LocalDate dueDate, Optional<ContributionSheet> sheet, long surchargeCents) {
        public String state() {
            return sheet.map(s -> s.paymentState() == ContributionSheet.PaymentState.PAID ? "PAID" : "DECLARED").orElse("PENDING");
        }
    }

    /** A payment as the list shows it: the sheet, its surcharge as of today or as settled, overdue or not. */
    public record PaymentRow(ContributionSheet sheet, long surchargeCents, boolean overdue) {
        public long totalCents() {
            return Math.addExact(sheet.contributionCents(), surchargeCents);
        }
    }

    /** What needs attention (seed 002: "les cotitzacions pendents de declarar", "els pagaments pendents", ...). */
    public record Attention(int pendingDeclarations, int pendingPayments, int overduePayments, int activeIncapacities) {
    }

    /** GET /declarant. */
    public record Overview(DeclarantFile file, ContributionSet rates, Optional<OwnAccountChoice> ownAccountBase, Attention attention) {
    }

    /** A sick leave seen by the declarant: the employee, the leave, whether it lasts today. */
    public record Incapacity(EmployeeRecord employee, SickLeave leave, boolean active) {
    }

    private final AccessGuard guard;
    private final DeclarantStore store;
    private final BenefitStore benefits;
    private final ContributionParameters parameters;
    private final Clock clock;

    public DeclarantService(AccessGuard guard, DeclarantStore store, BenefitStore benefits, ContributionParameters parameters,
                            Clock clock) {
        this.guard = guard;
        this.store = store;
        this.benefits = benefits;
        this.parameters = parameters;
        this.clock = clock;
    }

    public Overview overview(Principal caller) {
        DeclarantFile file = fileOf(caller, AccessEntry.Operation.READ);
        LocalDate today = today();
        List<ContributionSheet> sheets = store.sheets(file.number());
        List<Month> months = months(file, sheets, today);
        List<PaymentRow> payments = payments(file, sheets, today);
        int active = (int) incapacities(file, today).stream().filter(Incapacity::active).count();
        Attention attention = new Attention((int) months.stream().filter(m -> m.sheet().isEmpty()).count(),
                (int) payments.stream().filter(p -> p.sheet().paymentState() != ContributionSheet.PaymentState.PAID).count(),
                (int) payments.stream().filter(PaymentRow::overdue).count(), active);
        Optional<OwnAccountChoice> base = file.kind() == DeclarantKind.SELF_EMPLOYED
                ? choiceFor(store.ownAccountChoices(file.number()), YearMonth.from(today)) : Optional.empty();
        return new Overview(file, parameters.at(today), base, attention);
    }

    /** The months from the declarant's registration (or January of last year) to last month, newest first. */
    public List<Month> months(Principal caller, String state, Integer year) {
        Optional<String> wanted = stateFilter(state, List.of("pending", "declared", "paid"));
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidInput("year", BAD_YEAR);
        }
        DeclarantFile file = fileOf(caller, AccessEntry.Operation.READ);
        return months(file, store.sheets(file.number()), today()).stream()
                .filter(m -> wanted.map(w -> w.equalsIgnoreCase(m.state())).orElse(true))
                .filter(m -> year == null || m.period().getYear() == year).toList();
    }

    /**
     * Declares a month's sheet: checked whole before anything is written, then one conditional write. The same
     * Idempotency-Key again answers the sheet it declared; another declaration of a declared month is a 409. The answer
     * is the sheet with its surcharge as of today (a month declared after its due date has one at once).
     */
    public PaymentRow declare(Principal caller, String idempotencyKey, String month, List<LineInput> lines) {
        new ad.cass.online.domain.idempotency.IdempotencyKey(idempotencyKey);
        DeclarantFile file = fileOf(caller, AccessEntry.Operation.WRITE);
        YearMonth period = period(month);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.ofInstant(now, CatalanFormat.ANDORRA);
        Optional<ContributionSheet> declared = store.sheets(file.number()).stream().filter(s -> s.period().equals(period)).findFirst();
        if (declared.isPresent()) {
            return row(again(declared.get(), idempotencyKey), today);
        }
        if (!period.isBefore(YearMonth.from(today))) {
            throw new InvalidInput("month", MONTH_NOT_ENDED);
        }
        LocalDate firstDay = firstDeclarableDay(file);
        if (period.atEndOfMonth().isBefore(firstDay)) {
            throw new InvalidInput("month", BEFORE_REGISTRATION, CatalanFormat.date(period.atEndOfMonth()));
        }
        ContributionSet set = parameters.at(period.atDay(1));
        List<ContributionSheet.Line> checked = file.employs()
                ? employeeLines(file, period, lines == null ? List.of() : lines, set)
                : List.of(ownAccountLine(file, period, lines, set));
        ContributionSheet sheet = new ContributionSheet(file.number(), period, checked, now, set.dueDate(period), idempotencyKey, null);
        return row(store.declare(sheet).map(there -> again(there, idempotencyKey)).orElse(sheet), today);
    }

    /** The payments, one per declared sheet, newest first; {@code state} narrows them. */
    public List<PaymentRow> payments(Principal caller, String state) {
        Optional<String> wanted = stateFilter(state, List.of("pending", "ordered", "paid"));
        DeclarantFile file = fileOf(caller, AccessEntry.Operation.READ);
        return payments(file, store.sheets(file.number()), today()).stream()
                .filter(p -> wanted.map(w -> w.equalsIgnoreCase(p.sheet().paymentState().name())).orElse(true)).toList();
    }

    /**
     * Records a payment order for a sheet (the bank is out of scope: a reference to quote and the amount as of today).
     * Ordering again answers the same order; a paid one is a 409; an id not this declarant's is a 404.
     */
    public PaymentRow order(Principal caller, String id) {
        DeclarantFile file = fileOf(caller, AccessEntry.Operation.WRITE);
        ContributionSheet sheet = store.sheets(file.number()).stream().filter(s -> s.paymentId().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound(NO_SUCH_PAYMENT));
        if (sheet.paymentState() == ContributionSheet.PaymentState.PAID) {
            throw new Conflict(PAID_ALREADY);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.ofInstant(now, CatalanFormat.ANDORRA);
        ContributionSheet stands = sheet;
        if (sheet.payment() == null) {
            long surcharge = sheet.surchargeCents(parameters.at(sheet.period().atDay(1)).surcharges(), today, CatalanFormat.ANDORRA);
            stands = store.order(sheet, new ContributionSheet.Payment(sheet.paymentReference(), now,
                    Math.addExact(sheet.contributionCents(), surcharge), null));
            if (stands.paymentState() == ContributionSheet.PaymentState.PAID) {
                throw new Conflict(PAID_ALREADY);
            }
        }
        return row(stands, today);
    }

    /** The sick leaves given while working for this declarant; {@code all} adds those ended. Newest first. */
    public List<Incapacity> incapacities(Principal caller, String state) {
        Optional<String> wanted = stateFilter(state, List.of("active", "all"));
        DeclarantFile file = fileOf(caller, AccessEntry.Operation.READ);
        boolean all = wanted.map("all"::equals).orElse(false);
        return incapacities(file, today()).stream().filter(i -> all || i.active()).toList();
    }

    /** Everyone ever registered with the declarant, the current ones first, then by name. */
    public List<EmployeeRecord> employees(Principal caller) {
        DeclarantFile file = fileOf(caller, AccessEntry.Operation.READ);
        LocalDate today = today();
        return store.employees(file.number()).stream()
                .sorted(Comparator.comparing((EmployeeRecord e) -> !e.currentOn(today)).thenComparing(EmployeeRecord::name))
                .toList();
    }

    private DeclarantFile fileOf(Principal caller, AccessEntry.Operation operation) {
        return fileOf(guard, store, caller, operation);
    }

    /** The declarant the caller acts as, through the access guard (a 403 for any other profile). */
    static DeclarantFile fileOf(AccessGuard guard, DeclarantStore store, Principal caller, AccessEntry.Operation operation) {
        Subject subject = guard.subject(caller, DataCategory.DECLARANT, operation);
        String number = subject.declarantNumber().orElseThrow(() -> new NotFound(NO_FILE));
        return store.file(number).orElseThrow(() -> new NotFound(NO_FILE));
    }

    List<Month> months(DeclarantFile file, List<ContributionSheet> sheets, LocalDate today) {
        List<Month> months = new ArrayList<>();
        YearMonth first = YearMonth.from(firstDeclarableDay(file));
        for (YearMonth m = YearMonth.from(today).minusMonths(1); !m.isBefore(first); m = m.minusMonths(1)) {
            YearMonth period = m;
            Optional<ContributionSheet> sheet = sheets.stream().filter(s -> s.period().equals(period)).findFirst();
            ContributionSet set = parameters.at(period.atDay(1));
            months.add(new Month(period, set.dueDate(period), sheet,
                    sheet.map(s -> s.surchargeCents(set.surcharges(), today, CatalanFormat.ANDORRA)).orElse(0L)));
        }
        return months;
    }

    List<PaymentRow> payments(DeclarantFile file, List<ContributionSheet> sheets, LocalDate today) {
        return sheets.stream().sorted(Comparator.comparing(ContributionSheet::period).reversed()).map(s -> row(s, today)).toList();
    }

    private PaymentRow row(ContributionSheet sheet, LocalDate today) {
        long surcharge = sheet.surchargeCents(parameters.at(sheet.period().atDay(1)).surcharges(), today, CatalanFormat.ANDORRA);
        boolean overdue = sheet.paymentState() == ContributionSheet.PaymentState.PENDING && today.isAfter(sheet.dueDate());
        return new PaymentRow(sheet, surcharge, overdue);
    }

    List<Incapacity> incapacities(DeclarantFile file, LocalDate today) {
        // the self-employed person's own leaves; an employer's, those of everyone registered with it
        List<EmployeeRecord> people = file.employs() ? store.employees(file.number())
                : List.of(new EmployeeRecord(file.number(), file.holder(), file.name(), file.registeredOn(), null));
        List<Incapacity> found = new ArrayList<>();
        Set<CassNumber> seen = new HashSet<>();
        for (EmployeeRecord e : people) {
            if (seen.add(e.cassNumber())) {
                benefits.sickLeaves(e.cassNumber()).stream().filter(l -> file.number().equals(l.declarantNumber()))
                        .forEach(l -> found.add(new Incapacity(e, l, l.end() == null || !l.end().isBefore(today))));
            }
        }
        found.sort(Comparator.comparing((Incapacity i) -> i.leave().start()).reversed());
        return found;
    }

    private List<ContributionSheet.Line> employeeLines(DeclarantFile file, YearMonth period, List<LineInput> lines,
                                                      ContributionSet set) {
        if (lines.isEmpty()) {
            throw new InvalidInput("lines", NO_LINES);
        }
        Map<CassNumber, EmployeeRecord> employed = store.employees(file.number()).stream().filter(e -> e.employedIn(period))
                .collect(Collectors.toMap(EmployeeRecord::cassNumber, e -> e, (a, b) -> a));
        Set<CassNumber> declared = new HashSet<>();
        List<ContributionSheet.Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            LineInput in = lines.get(i);
            if (in.cassNumber() == null || !CassNumber.isWellFormed(in.cassNumber())) {
                throw new InvalidInput("lines.cassNumber", NOT_AN_EMPLOYEE, n);
            }
            CassNumber who = CassNumber.of(in.cassNumber());
            EmployeeRecord employee = employed.get(who);
            if (employee == null) {
                throw new InvalidInput("lines.cassNumber", NOT_AN_EMPLOYEE, n);
            }
            if (!declared.add(who)) {
                throw new InvalidInput("lines.cassNumber", TWICE, n);
            }
            if (in.days() == null || in.days() < 1 || in.days() > period.lengthOfMonth()) {
                throw new InvalidInput("lines.days", BAD_DAYS, n, period.lengthOfMonth());
            }
            if (in.salary() == null || in.salary().isEmpty()) {
                throw new InvalidInput("lines.salary", NO_SALARY, n);
            }
            List<ContributionSheet.SalaryLine> salary = new ArrayList<>();
            long base = 0;
            for (SalaryInput s : in.salary()) {
                SalaryConcept concept = SalaryConcept.fromCode(s.concept());
                if (s.cents() == null || s.cents() < 0) {
                    throw new InvalidInput("lines.salary.cents", NEGATIVE, n);
                }
                salary.add(new ContributionSheet.SalaryLine(concept, s.cents()));
                base = Math.addExact(base, s.cents());
            }
            out.add(new ContributionSheet.Line(who, employee.name(), in.days(), salary, ContributionCalculator.employed(base, set)));
        }
        return out;
    }

    private ContributionSheet.Line ownAccountLine(DeclarantFile file, YearMonth period, List<LineInput> lines, ContributionSet set) {
        if (lines != null && !lines.isEmpty()) {
            throw new InvalidInput("lines", OWN_ACCOUNT_NO_LINES);
        }
        OwnAccountChoice choice = choiceFor(store.ownAccountChoices(file.number()), period)
                .orElseThrow(() -> new Conflict(NO_BASE_CHOSEN, monthText(period), period.getYear()));
        return new ContributionSheet.Line(file.holder(), file.name(), period.lengthOfMonth(), List.of(),
                ContributionCalculator.ownAccount(choice.baseCents(), set));
    }

    /** The choice in force in {@code month}: the latest made for its year from a month not after it. */
    static Optional<OwnAccountChoice> choiceFor(List<OwnAccountChoice> choices, YearMonth month) {
        return choices.stream().filter(c -> c.covers(month))
                .max(Comparator.comparing(OwnAccountChoice::effectiveFrom).thenComparing(OwnAccountChoice::chosenAt));
    }

    private static ContributionSheet again(ContributionSheet there, String idempotencyKey) {
        if (idempotencyKey.equals(there.requestKey())) {
            return there;
        }
        throw new Conflict(DECLARED_ALREADY, monthText(there.period()));
    }

    /** The first day a month may be declared: the registration, or January of last year, whichever is later. */
    private LocalDate firstDeclarableDay(DeclarantFile file) {
        LocalDate floor = LocalDate.of(today().getYear() - YEARS_BACK, 1, 1);
        LocalDate figures = parameters.firstEffectiveDate();
        LocalDate first = file.registeredOn().isAfter(floor) ? file.registeredOn() : floor;
        return first.isBefore(figures) ? figures : first;
    }

    private static YearMonth period(String month) {
        try {
            return YearMonth.parse(month == null ? "" : month);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("month", BAD_MONTH);
        }
    }

    private static Optional<String> stateFilter(String state, List<String> allowed) {
        if (state == null || state.isBlank()) {
            return Optional.empty();
        }
        if (!allowed.contains(state)) {
            throw new InvalidInput("state", BAD_STATE, String.join(", ", allowed));
        }
        return Optional.of(state);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CatalanFormat.ANDORRA);
    }

    /** "10/2026", as the portal writes a month. */
    static String monthText(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }
}
