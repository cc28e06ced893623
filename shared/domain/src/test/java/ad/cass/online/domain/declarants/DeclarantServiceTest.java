package ad.cass.online.domain.declarants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.benefits.BenefitStore;
import ad.cass.online.domain.benefits.Payment;
import ad.cass.online.domain.benefits.SickLeave;
import ad.cass.online.domain.benefits.WorkSuspension;
import ad.cass.online.domain.error.Conflict;
import ad.cass.online.domain.error.Forbidden;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.identity.AuthMethod;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Declarant;
import ad.cass.online.domain.person.DeclarantKind;
import ad.cass.online.domain.person.DependantRelation;
import ad.cass.online.domain.person.EmploymentStatus;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.domain.procedures.ProcedureType;
import ad.cass.online.domain.testing.InMemoryAccessLog;
import ad.cass.online.domain.testing.InMemoryPersonStore;
import ad.cass.online.domain.testing.InMemoryProcedureStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The declarant space (seed 002; issue 22) on its in-memory stores: what needs attention, the months, declaring a
 * sheet (refused by field, once per month, the same request answered again), payments and their surcharges, the
 * employees' sick leaves, the procedures a declarant files, the own-account base; and who reaches it at all.
 */
class DeclarantServiceTest {
    static final CassNumber NURIA = CassNumber.of("100004D");
    static final CassNumber FILLA = CassNumber.of("100099X");
    static final CassNumber MARC = CassNumber.of("200001A");
    static final CassNumber ROSA = CassNumber.of("200002B");
    static final CassNumber ANNA = CassNumber.of("200003C");
    static final CassNumber PERE = CassNumber.of("200004D");
    static final ContributionParameters PARAMETERS = ContributionParameters.load();
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    final InMemoryPersonStore people = new InMemoryPersonStore();
    final InMemoryDeclarantStore store = new InMemoryDeclarantStore();
    final Map<CassNumber, List<SickLeave>> leaves = new HashMap<>();
    final InMemoryProcedureStore procedures = new InMemoryProcedureStore();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    DeclarantServiceTest() {
        people.save(person(NURIA, "Núria", EmploymentStatus.SELF_EMPLOYED, List.of(
                new Declarant("820451", DeclarantKind.SELF_EMPLOYED, "Núria Puig Riba - Disseny gràfic"),
                new Declarant("930118", DeclarantKind.HOUSEHOLD_EMPLOYER, "Llar Puig Riba"))));
        people.save(new Person(FILLA, "Jana", "Puig", LocalDate.of(2015, 1, 1), InsuredType.INDIRECT, NURIA,
                DependantRelation.CHILD_UNDER_18, EmploymentStatus.STUDENT, null, "AD", List.of()));
        people.save(person(MARC, "Marc", EmploymentStatus.EMPLOYED, List.of(
                new Declarant("940220", DeclarantKind.COMPANY, "Pirineu Serveis Informàtics SLU"))));
        for (CassNumber e : List.of(ROSA, ANNA, PERE)) {
            people.save(person(e, "Empleat " + e.value(), EmploymentStatus.EMPLOYED, List.of()));
        }
        // Núria's own account since 2019: every month declared and paid, but September 2026, declared and unpaid
        List<OwnAccountChoice> choices = List.of(
                new OwnAccountChoice("820451", 2025, BigDecimal.valueOf(100), 265428, LocalDate.of(2025, 1, 1), NOW),
                new OwnAccountChoice("820451", 2026, BigDecimal.valueOf(100), 273119, LocalDate.of(2026, 1, 1), NOW));
        List<ContributionSheet> sheets = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2025, 1); m.isBefore(YearMonth.of(2026, 11)); m = m.plusMonths(1)) {
            ContributionSet set = PARAMETERS.at(m.atDay(1));
            long base = m.getYear() == 2025 ? 265428 : 273119;
            var line = new ContributionSheet.Line(NURIA, "Núria Puig Riba", m.lengthOfMonth(), List.of(),
                    ContributionCalculator.ownAccount(base, set));
            Instant declared = m.plusMonths(1).atDay(15).atStartOfDay().toInstant(ZoneOffset.UTC);
            ContributionSheet.Payment paid = m.equals(YearMonth.of(2026, 9)) ? null
                    : new ContributionSheet.Payment("CASS-820451-" + m, declared, ContributionCalculator.ownAccount(base, set).totalCents(),
                    m.plusMonths(1).atDay(20));
            sheets.add(new ContributionSheet("820451", m, List.of(line), declared, set.dueDate(m), "demo-" + m, paid));
        }
        store.save(file("820451", DeclarantKind.SELF_EMPLOYED, NURIA, LocalDate.of(2019, 3, 1)), sheets, List.of(), choices);
        store.save(file("930118", DeclarantKind.HOUSEHOLD_EMPLOYER, NURIA, LocalDate.of(2024, 9, 1)), List.of(),
                List.of(new EmployeeRecord("930118", ROSA, "Rosa Martins Ferreira", LocalDate.of(2024, 9, 1), null)), List.of());
        store.save(file("940220", DeclarantKind.COMPANY, MARC, LocalDate.of(2020, 1, 1)), List.of(), List.of(
                new EmployeeRecord("940220", ANNA, "Anna Serra Pons", LocalDate.of(2020, 1, 1), null),
                new EmployeeRecord("940220", PERE, "Pere Vila Soler", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 10, 31))), List.of());
        // Anna on sick leave since 16/11/2026, extended to 15/12; an older one of hers, ended
        leaves.put(ANNA, List.of(
                new SickLeave(ANNA, "IT-2026-005001", "940220", "Pirineu Serveis Informàtics SLU", LocalDate.of(2026, 11, 16), null,
                        List.of(new SickLeave.Extension(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 15))),
                        List.of(new SickLeave.DaysPaid(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 18), SickLeave.Payer.EMPLOYER,
                                60_00, LocalDate.of(2026, 11, 30)))),
                new SickLeave(ANNA, "IT-2025-000321", "940220", "Pirineu Serveis Informàtics SLU", LocalDate.of(2025, 2, 3),
                        LocalDate.of(2025, 2, 14), List.of(), List.of())));
    }

    static Person person(CassNumber who, String name, EmploymentStatus status, List<Declarant> declarants) {
        return new Person(who, name, "Test", LocalDate.of(1980, 1, 1), InsuredType.DIRECT, null, null, status,
                name.toLowerCase().replace(' ', '.') + "@example.ad", "AD", declarants);
    }

    static DeclarantFile file(String number, DeclarantKind kind, CassNumber holder, LocalDate registered) {
        return new DeclarantFile(number, kind, "Declarant " + number, holder, "Carrer Major 1, AD500 Andorra la Vella",
                "Activitat", "declarant@example.ad", "+376812345", "AD1200012030200359100100", registered, null);
    }

    static Principal as(CassNumber who, String profile) {
        return new Principal(who, profile, "session", AuthMethod.PIN);
    }

    static final Principal SELF = as(NURIA, "self-employed:820451");
    static final Principal HOUSEHOLD = as(NURIA, "household-employer:930118");
    static final Principal COMPANY = as(MARC, "company:940220");
    static final Principal CERTIFICATE = new Principal(MARC, "company:940220", "session", AuthMethod.CASS_CERTIFICATE);

    AccessGuard guard() {
        return new AccessGuard(people, new InMemoryAccessLog(), clock);
    }

    DeclarantService service() {
        return new DeclarantService(guard(), store, benefits(), PARAMETERS, clock);
    }

    DeclarantRequests requests() {
        return new DeclarantRequests(guard(), store, people, procedures, clock);
    }

    /** Seed 002 "la informació més rellevant com a declarant": November to declare, September's payment overdue. */
    @Test
    void theOverviewSaysWhatNeedsAttention() {
        var overview = service().overview(SELF);
        assertEquals("820451", overview.file().number());
        assertEquals(new DeclarantService.Attention(1, 1, 1, 0), overview.attention());
        assertEquals(273119, overview.ownAccountBase().orElseThrow().baseCents());
        assertEquals(new DeclarantService.Attention(23, 0, 0, 1), service().overview(COMPANY).attention(),
                "no sheet yet: every month since January of last year to declare; Anna on sick leave");
    }

    /** The months since January of last year: November pending, September declared (with its surcharge), the rest paid. */
    @Test
    void theMonthsShowWhatIsPendingDeclaredAndPaid() {
        List<DeclarantService.Month> months = service().months(SELF, null, null);
        assertEquals(YearMonth.of(2026, 11), months.get(0).period());
        assertEquals("PENDING", months.get(0).state());
        assertEquals(LocalDate.of(2026, 12, 31), months.get(0).dueDate());
        assertEquals(YearMonth.of(2025, 1), months.get(months.size() - 1).period());
        DeclarantService.Month september = months.stream().filter(m -> m.period().equals(YearMonth.of(2026, 9))).findFirst().orElseThrow();
        assertEquals("DECLARED", september.state());
        // 600,86 € due on 31/10/2026, unpaid on 1/12: paid late within three months, 10 %
        assertEquals(60_086, september.sheet().orElseThrow().contributionCents());
        assertEquals(6_009, september.surchargeCents());
        assertEquals(List.of(YearMonth.of(2026, 11)), service().months(SELF, "pending", null).stream().map(DeclarantService.Month::period).toList());
        assertEquals(12, service().months(SELF, null, 2025).size());
        assertEquals("state", assertThrows(InvalidInput.class, () -> service().months(SELF, "overdue", null)).field());
    }

    /** Issue 22: an employer's sheet, one line per employee, each branch's shares to the cent, the due date. */
    @Test
    void anEmployerDeclaresAMonthOnce() {
        List<DeclarantService.LineInput> lines = List.of(new DeclarantService.LineInput("200003C", 30, List.of(
                new DeclarantService.SalaryInput("SB", 2_100_00L), new DeclarantService.SalaryInput("HE", 134_57L))));
        ContributionSheet sheet = service().declare(COMPANY, "declare-2026-11", "2026-11", lines).sheet();
        assertEquals(LocalDate.of(2026, 12, 31), sheet.dueDate());
        assertEquals(2_234_57, sheet.baseCents());
        // 7 % + 8,5 % of 2.234,57 = 156,42 + 189,94; 3 % + 3,5 % = 67,04 + 78,21
        assertEquals(156_42 + 189_94, sheet.employerCents());
        assertEquals(67_04 + 78_21, sheet.employeeCents());
        assertEquals("Anna Serra Pons", sheet.lines().get(0).name());

        assertEquals(sheet, service().declare(COMPANY, "declare-2026-11", "2026-11", lines).sheet(), "the same request again: the same sheet");
        assertThrows(Conflict.class, () -> service().declare(COMPANY, "declare-2026-11-b", "2026-11", lines), "declared already");
        assertEquals("DECLARED", service().months(COMPANY, null, 2026).get(0).state());
    }

    /** Issue 22's bad input: each refused naming its field, nothing written. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown employee        | 2026-11 | 999999Z | 30 | SB | 100000  | lines.cassNumber",
            "someone who left        | 2026-11 | 200004D | 30 | SB | 100000  | lines.cassNumber",
            "negative salary         | 2026-11 | 200003C | 30 | SB | -1      | lines.salary.cents",
            "more days than November | 2026-11 | 200003C | 31 | SB | 100000  | lines.days",
            "no days                 | 2026-11 | 200003C | 0  | SB | 100000  | lines.days",
            "unknown concept         | 2026-11 | 200003C | 30 | XX | 100000  | lines.salary.concept",
            "malformed month         | 2026-13 | 200003C | 30 | SB | 100000  | month",
            "a month not ended       | 2026-12 | 200003C | 30 | SB | 100000  | month",
            "before January last year| 2024-12 | 200003C | 30 | SB | 100000  | month"})
    void aBadSheetIsRefusedByField(String what, String month, String cassNumber, int days, String concept, long cents, String field) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> service().declare(COMPANY, "declare-bad-1", month,
                List.of(new DeclarantService.LineInput(cassNumber, days, List.of(new DeclarantService.SalaryInput(concept, cents)))))); 
        assertEquals(field, refused.field(), what);
        assertTrue(store.sheets("940220").isEmpty(), "nothing written");
    }

    /** The self-employed declare no lines: the base is the year's choice; without one, choose first. */
    @Test
    void theSelfEmployedDeclareTheBaseTheyChose() {
        assertEquals("lines", assertThrows(InvalidInput.class, () -> service().declare(SELF, "declare-own-x", "2026-11",
                List.of(new DeclarantService.LineInput("100004D", 30, List.of())))).field());
        ContributionSheet november = service().declare(SELF, "declare-own-11", "2026-11", null).sheet();
        assertEquals(273119, november.baseCents());
        assertEquals(60_086, november.contributionCents());
        assertEquals(0, november.employerCents(), "all of it is hers");
        store.choices.put("820451", new ArrayList<>());
        store.sheets.get("820451").remove(YearMonth.of(2026, 10));
        assertThrows(Conflict.class, () -> service().declare(SELF, "declare-own-10", "2026-10", null), "no base chosen");
    }

    /** Payments: September overdue with 10 %; its order records a reference and the amount; again, the same order. */
    @Test
    void aPaymentOrderIsRecordedOnce() {
        var pending = service().payments(SELF, "pending");
        assertEquals(List.of("PG-820451-2026-09"), pending.stream().map(p -> p.sheet().paymentId()).toList());
        assertTrue(pending.get(0).overdue());
        assertEquals(60_086 + 6_009, pending.get(0).totalCents());

        var ordered = service().order(SELF, "PG-820451-2026-09");
        assertEquals(ContributionSheet.PaymentState.ORDERED, ordered.sheet().paymentState());
        assertEquals("CASS-820451-202609", ordered.sheet().payment().reference());
        assertEquals(60_086 + 6_009, ordered.sheet().payment().amountCents());
        assertFalse(ordered.overdue(), "ordered: the bank's transfer is awaited");
        clock = Clock.fixed(NOW.plusSeconds(86_400 * 40), ZoneOffset.UTC);
        assertEquals(ordered.sheet(), service().order(SELF, "PG-820451-2026-09").sheet(), "ordered again: the same order");
        assertEquals(6_009, service().order(SELF, "PG-820451-2026-09").surchargeCents(), "fixed on the order's day");
        assertThrows(Conflict.class, () -> service().order(SELF, "PG-820451-2026-08"), "paid already");
        assertThrows(NotFound.class, () -> service().order(SELF, "PG-940220-2026-09"), "another declarant's");
        assertThrows(NotFound.class, () -> service().order(HOUSEHOLD, "PG-820451-2026-09"), "her other declarant's");
    }

    /** Seed 002 "les incapacitats temporals actives": Anna's, open, to 15/12 as extended; all adds the ended one. */
    @Test
    void theEmployeesSickLeaves() {
        var active = service().incapacities(COMPANY, null);
        assertEquals(1, active.size());
        assertEquals(ANNA, active.get(0).employee().cassNumber());
        assertEquals(3, active.get(0).leave().daysPaidBy(SickLeave.Payer.EMPLOYER));
        assertEquals(2, service().incapacities(COMPANY, "all").size());
        assertTrue(service().incapacities(HOUSEHOLD, "active").isEmpty());
    }

    /** Seed 002: hires, first registrations and leavings are procedures, once per key, professional. */
    @Test
    void hiresAndLeavingsAreProcedures() {
        Procedure hire = requests().hire(HOUSEHOLD, "hire-0000001", new DeclarantRequests.Hire("200004D", null, null, null, "2026-12-14"));
        assertTrue(ProcedureType.EMPLOYEE_REGISTRATION.describes(hire.type()));
        assertEquals(NURIA, hire.subject());
        assertTrue(hire.professional());
        assertEquals(Map.of("declarantNumber", "930118", "startDate", "2026-12-14", "cassNumber", "200004D", "name", "Empleat 200004D Test"),
                hire.fields());
        assertSame(hire, requests().hire(HOUSEHOLD, "hire-0000001", new DeclarantRequests.Hire("200004D", null, null, null, "2026-12-14")));
        Procedure first = requests().hire(COMPANY, "hire-0000002", new DeclarantRequests.Hire(null, "Laia", "Roca Font", "2001-04-05", "2026-12-01"));
        assertTrue(ProcedureType.EMPLOYEE_FIRST_REGISTRATION.describes(first.type()));
        assertThrows(Conflict.class, () -> requests().hire(COMPANY, "hire-0000003", new DeclarantRequests.Hire("200003C", null, null, null, "2026-12-01")),
                "Anna works there already");
        assertThrows(Conflict.class, () -> requests().hire(SELF, "hire-0000004", new DeclarantRequests.Hire("200003C", null, null, null, "2026-12-01")),
                "the self-employed have no employees");
        assertEquals("startDate", assertThrows(InvalidInput.class, () -> requests().hire(COMPANY, "hire-0000005",
                new DeclarantRequests.Hire("200002B", null, null, null, "2027-03-01"))).field());
        assertEquals("birthDate", assertThrows(InvalidInput.class, () -> requests().hire(COMPANY, "hire-0000006",
                new DeclarantRequests.Hire(null, "Laia", "Roca", null, "2026-12-01"))).field());

        Procedure leaving = requests().leave(COMPANY, "leave-000001", "200003C", "2026-12-31");
        assertTrue(ProcedureType.EMPLOYEE_LEAVING.describes(leaving.type()));
        assertThrows(NotFound.class, () -> requests().leave(COMPANY, "leave-000002", "200004D", "2026-12-31"), "Pere left already");
        assertThrows(NotFound.class, () -> requests().leave(HOUSEHOLD, "leave-000003", "200003C", "2026-12-31"), "another declarant's");
    }

    /** Seed 002 "la modificació de les seves dades de declarant": a procedure, the IBAN checked, one change at a time. */
    @Test
    void aChangeOfTheDeclarantsDataWaitsForCass() {
        Procedure change = requests().change(SELF, "change-00001", new DeclarantRequests.Change(null, "+376 812 345", null,
                "FR76 3000 6000 0112 3456 7890 189"));
        assertTrue(ProcedureType.DECLARANT_DATA_CHANGE.describes(change.type()));
        assertEquals("**** **** **** **** **** ***0 189", change.fields().get("iban"), "masked in the procedure");
        assertEquals("FR7630006000011234567890189", store.file("820451").orElseThrow().pendingChange().values().get("iban"));
        assertSame(change, requests().change(SELF, "change-00001", new DeclarantRequests.Change(null, "+376 812 345", null,
                "FR76 3000 6000 0112 3456 7890 189")), "a retry");
        assertThrows(Conflict.class, () -> requests().change(SELF, "change-00002", new DeclarantRequests.Change("n@example.ad", null, null, null)));
        assertEquals("iban", assertThrows(InvalidInput.class, () -> requests().change(HOUSEHOLD, "change-00003",
                new DeclarantRequests.Change(null, null, null, "AD12 0001 2030 2003 5910 0101"))).field());
        assertEquals("body", assertThrows(InvalidInput.class, () -> requests().change(HOUSEHOLD, "change-00004",
                new DeclarantRequests.Change(null, null, null, null))).field());
    }

    /**
     * Nothing half-written: the procedures' store fails after the change was marked on the file; the same request
     * again (the same key, so the same procedure code) finds its own change there and files the procedure once.
     */
    @Test
    void aChangeWhoseProcedureFailedIsFiledOnItsRetry() {
        InMemoryProcedureStore failingOnce = procedures.failingOnce(
                new ad.cass.online.domain.error.Unavailable("DynamoDB: ThrottlingException"));
        var requests = new DeclarantRequests(guard(), store, people, failingOnce, clock);
        var change = new DeclarantRequests.Change("nuria@example.ad", null, null, null);
        assertThrows(ad.cass.online.domain.error.Unavailable.class, () -> requests.change(SELF, "change-00009", change));
        Procedure filed = requests.change(SELF, "change-00009", change);
        assertEquals(store.file("820451").orElseThrow().pendingChange().procedureCode(), filed.code());
        assertEquals(List.of(filed.code()), List.copyOf(procedures.filed.keySet()), "filed once");
    }

    /**
     * CASS's back office: September's money, with no order, came in on 15/12/2026, 45 days late: 10 % as of that day;
     * recorded again, the same; the ids and days it refuses, by field.
     */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "PG-820451-2026-09, 2026-11-30, PAID:66095",
            "PG-820451-2026-09, 2026-10-31, PAID:60086",
            "PG-820451-2026-09, 2026-12-02, paidOn",
            "PG-820451-2026-09, 30/11/2026, paidOn",
            "PG-820451-09-2026, 2026-11-30, paymentId",
            "820451-2026-09,    2026-11-30, paymentId",
            "PG-820451-2026-12, 2026-11-30, NotFound"})
    void theBackOfficeRecordsAPayment(String id, String paidOn, String expected) {
        DeclarantOffice office = new DeclarantOffice(store, PARAMETERS, clock);
        if (expected.startsWith("PAID:")) {
            ContributionSheet paid = office.recordPaid(id, paidOn);
            assertEquals(ContributionSheet.PaymentState.PAID, paid.paymentState());
            assertEquals(Long.parseLong(expected.substring(5)), paid.payment().amountCents());
            assertEquals(paid, office.recordPaid(id, "2026-12-01"), "recorded once: again, as it was");
        } else if (expected.equals("NotFound")) {
            assertThrows(NotFound.class, () -> office.recordPaid(id, paidOn));
        } else {
            assertEquals(expected, assertThrows(InvalidInput.class, () -> office.recordPaid(id, paidOn)).field());
        }
    }

    @Test
    void theBackOfficeConfirmsTheChangeWaiting() {
        Procedure change = requests().change(SELF, "change-00010", new DeclarantRequests.Change(null, null, "Carrer Nou 3, AD700 Escaldes",
                "FR76 3000 6000 0112 3456 7890 189"));
        DeclarantOffice office = new DeclarantOffice(store, PARAMETERS, clock);
        assertThrows(Conflict.class, () -> office.confirmChange("820451", "TA2026-999999"), "not the one waiting");
        DeclarantFile file = office.confirmChange("820451", change.code());
        assertEquals("FR7630006000011234567890189", file.iban());
        assertEquals("Carrer Nou 3, AD700 Escaldes", file.address());
        assertNull(file.pendingChange());
        assertThrows(Conflict.class, () -> office.confirmChange("820451", change.code()), "confirmed: nothing waits");
        assertThrows(NotFound.class, () -> office.confirmChange("999999", change.code()));
    }

    /** Seed 002 "la declaració de la base de cotització del compte propi": a band, from a month not declared. */
    @Test
    void theOwnAccountBaseIsABandFromAMonthNotDeclared() {
        OwnAccountBases bases = new OwnAccountBases(guard(), store, PARAMETERS, clock);
        var chosen = bases.choose(SELF, 2027, BigDecimal.valueOf(150), null);
        assertEquals(409_679, chosen.choice().baseCents());
        assertEquals(LocalDate.of(2027, 1, 1), chosen.choice().effectiveFrom());
        assertEquals(40_968 + 49_161, chosen.monthly().totalCents());
        var november = bases.choose(SELF, 2026, BigDecimal.valueOf(75), null);
        assertEquals(LocalDate.of(2026, 11, 1), november.choice().effectiveFrom(), "the first month not declared");
        assertThrows(Conflict.class, () -> bases.choose(SELF, 2026, BigDecimal.valueOf(75), "2026-10-01"), "October is declared");
        assertEquals("bandPercent", assertThrows(InvalidInput.class, () -> bases.choose(SELF, 2027, BigDecimal.valueOf(90), null)).field());
        assertEquals("year", assertThrows(InvalidInput.class, () -> bases.choose(SELF, 2025, BigDecimal.valueOf(100), null)).field());
        assertEquals("effectiveFrom", assertThrows(InvalidInput.class, () -> bases.choose(SELF, 2027, BigDecimal.valueOf(100), "2027-03-15")).field());
        assertThrows(Conflict.class, () -> bases.choose(HOUSEHOLD, 2027, BigDecimal.valueOf(100), null), "only the self-employed");
    }

    /** Issue 22's access matrix in the domain: the declarant's profile or certificate, never another profile. */
    @Test
    void onlyTheDeclarantsOwnSessionReachesIt() {
        assertEquals("940220", service().overview(CERTIFICATE).file().number(), "the CASS digital certificate");
        assertEquals("930118", service().overview(HOUSEHOLD).file().number());
        assertThrows(Forbidden.class, () -> service().overview(as(NURIA, "own:100004D")), "her own profile: choose the declarant's");
        assertThrows(Forbidden.class, () -> service().overview(as(NURIA, "dependant:100099X")), "a dependant's profile");
        assertThrows(Forbidden.class, () -> service().overview(as(FILLA, "own:100099X")), "the dependant herself");
        assertThrows(Forbidden.class, () -> service().overview(as(ANNA, "own:200003C")), "an employee");
        assertThrows(Forbidden.class, () -> service().overview(as(NURIA, "company:940220")),
                "a profile that is not hers falls back to her own, which is not a declarant's: never the company's");
    }

    BenefitStore benefits() {
        return new BenefitStore() {
            @Override
            public void saveSickLeaves(List<SickLeave> l) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void savePayments(List<Payment> payments) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void saveWorkSuspensions(List<WorkSuspension> suspensions) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<SickLeave> sickLeaves(CassNumber subject) {
                return leaves.getOrDefault(subject, List.of());
            }

            @Override
            public List<Payment> payments(CassNumber subject, LocalDate from, LocalDate to) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<WorkSuspension> workSuspensions(CassNumber subject) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
