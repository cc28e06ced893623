package ad.cass.online.aws.declarants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.declarants.ContributionCalculator;
import ad.cass.online.domain.declarants.ContributionParameters;
import ad.cass.online.domain.declarants.ContributionSheet;
import ad.cass.online.domain.declarants.DeclarantFile;
import ad.cass.online.domain.declarants.EmployeeRecord;
import ad.cass.online.domain.declarants.OwnAccountChoice;
import ad.cass.online.domain.declarants.SalaryConcept;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.DeclarantKind;
import ad.cass.online.testing.Deployed;
import ad.cass.online.testing.Races;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The declarant's store (issue 22) against moto on the Records table of template.yaml: what it keeps reads back whole,
 * and each write the domain makes once is one conditional write that twenty callers at once make once.
 */
class DynamoDeclarantStoreIT {
    @RegisterExtension
    static final Deployed STACK = Deployed.empty();

    static final AtomicInteger NUMBERS = new AtomicInteger(700_000);
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    static final CassNumber ANNA = CassNumber.of("200003C");

    static DynamoDeclarantStore store() {
        return new DynamoDeclarantStore(STACK.stack().dynamo(), STACK.stack().name("RecordsTable"));
    }

    /** A declarant of this test alone: the stack is shared by the class. */
    static DeclarantFile company(DeclarantFile.PendingChange change) {
        return new DeclarantFile(Integer.toString(NUMBERS.incrementAndGet()), DeclarantKind.COMPANY, "Pirineu Serveis SLU",
                CassNumber.of("200001A"), "Carrer Major 1, AD500 Andorra la Vella", "Serveis informàtics", "info@example.ad",
                "+376812345", "AD1200012030200359100100", LocalDate.of(2020, 1, 1), change);
    }

    static ContributionSheet sheet(String number, YearMonth period, String key, ContributionSheet.Payment payment) {
        var set = ContributionParameters.load().at(period.atDay(1));
        var line = new ContributionSheet.Line(ANNA, "Anna Serra Pons", 30, List.of(
                new ContributionSheet.SalaryLine(SalaryConcept.SB, 2_100_00), new ContributionSheet.SalaryLine(SalaryConcept.HE, 134_57)),
                ContributionCalculator.employed(2_234_57, set));
        return new ContributionSheet(number, period, List.of(line), T0, set.dueDate(period), key, payment);
    }

    @Test
    void everythingReadsBackWhole() {
        DeclarantFile file = company(new DeclarantFile.PendingChange("TA2026-000123", LocalDate.of(2026, 11, 30),
                Map.of("iban", "FR7630006000011234567890189", "phone", "+376812346")));
        List<ContributionSheet> sheets = List.of(
                sheet(file.number(), YearMonth.of(2026, 9), "k-09", new ContributionSheet.Payment("CASS-X-202609", T0, 55_00, LocalDate.of(2026, 10, 20))),
                sheet(file.number(), YearMonth.of(2026, 10), "k-10", new ContributionSheet.Payment("CASS-X-202610", T0, 55_00, null)),
                sheet(file.number(), YearMonth.of(2026, 11), "k-11", null));
        List<EmployeeRecord> employees = List.of(
                new EmployeeRecord(file.number(), ANNA, "Anna Serra Pons", LocalDate.of(2020, 1, 1), null),
                new EmployeeRecord(file.number(), CassNumber.of("200004D"), "Pere Vila Soler", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 10, 31)));
        List<OwnAccountChoice> choices = List.of(new OwnAccountChoice(file.number(), 2026, new BigDecimal("125"), 341_399,
                LocalDate.of(2026, 1, 1), T0));
        store().save(file, sheets, employees, choices);

        assertEquals(Optional.of(file), store().file(file.number()));
        assertEquals(List.of(sheets.get(2), sheets.get(1), sheets.get(0)), store().sheets(file.number()), "newest first, whole");
        assertEquals(employees, store().employees(file.number()));
        assertEquals(choices, store().ownAccountChoices(file.number()));
        assertEquals(Optional.empty(), store().file("999999"));
    }

    /** Issue 22: "declaring a month twice" is one sheet, whoever declares it at once. */
    @Test
    void twentyDeclarationsOfAMonthWriteOne() throws Exception {
        DeclarantFile file = company(null);
        store().save(file, List.of(), List.of(), List.of());
        List<Boolean> written = Races.race(20, i ->
                () -> store().declare(sheet(file.number(), YearMonth.of(2026, 11), "key-" + i, null)).isEmpty());
        assertEquals(1, written.stream().filter(Boolean::booleanValue).count(), written.toString());
        assertEquals(1, store().sheets(file.number()).size());
        String winner = "key-" + written.indexOf(true);
        assertEquals(winner, store().declare(sheet(file.number(), YearMonth.of(2026, 11), "late", null)).orElseThrow().requestKey(),
                "a late one reads the one there");
    }

    /** One payment order per sheet: twenty at once record one, each answered with it. */
    @Test
    void twentyOrdersOfAPaymentRecordOne() throws Exception {
        DeclarantFile file = company(null);
        ContributionSheet sheet = sheet(file.number(), YearMonth.of(2026, 9), "k", null);
        store().save(file, List.of(sheet), List.of(), List.of());
        List<Boolean> recorded = Races.race(20, i -> () -> {
            var order = new ContributionSheet.Payment("CASS-" + i, T0.plusSeconds(i), 100_00 + i, null);
            return store().order(sheet, order).payment().equals(order);
        });
        assertEquals(1, recorded.stream().filter(Boolean::booleanValue).count(), recorded.toString());
        ContributionSheet after = store().sheets(file.number()).get(0);
        assertEquals("CASS-" + recorded.indexOf(true), after.payment().reference());
        assertEquals(after, store().order(sheet, new ContributionSheet.Payment("CASS-late", T0, 1, null)), "later: the one there");
    }

    /** CASS's back office: the money of a sheet comes in once, whoever records it at once; the first day stands. */
    @Test
    void twentyRecordsOfAPaymentKeepOne() throws Exception {
        DeclarantFile file = company(null);
        ContributionSheet sheet = sheet(file.number(), YearMonth.of(2026, 9), "k",
                new ContributionSheet.Payment("CASS-X-202609", T0, 491_61, null));
        store().save(file, List.of(sheet), List.of(), List.of());
        List<LocalDate> days = Races.race(20, i -> () -> store().recordPaid(file.number(), YearMonth.of(2026, 9), "CASS-X-202609",
                491_61, LocalDate.of(2026, 12, 1).plusDays(i)).orElseThrow().payment().paidOn());
        assertEquals(1, days.stream().distinct().count(), "every one answered with the one recorded: " + days);
        ContributionSheet after = store().sheets(file.number()).get(0);
        assertEquals(days.get(0), after.payment().paidOn());
        assertEquals(T0, after.payment().orderedAt(), "the order's time is kept");
        assertEquals(Optional.empty(), store().recordPaid(file.number(), YearMonth.of(2026, 10), "x", 1, LocalDate.of(2026, 12, 1)),
                "no such sheet");
    }

    /** A change confirmed applies its values once: of two confirmations at once, one does it. */
    @Test
    void aChangeIsAppliedOnce() throws Exception {
        DeclarantFile file = company(new DeclarantFile.PendingChange("TA2026-000777", LocalDate.of(2026, 12, 1),
                Map.of("phone", "+376812399", "iban", "FR7630006000011234567890189")));
        store().save(file, List.of(), List.of(), List.of());
        List<Boolean> applied = Races.race(2, i -> () -> store().applyChange(file.number(), "TA2026-000777").isPresent());
        assertEquals(1, applied.stream().filter(Boolean::booleanValue).count(), applied.toString());
        DeclarantFile after = store().file(file.number()).orElseThrow();
        assertEquals("+376812399", after.phone());
        assertEquals("FR7630006000011234567890189", after.iban());
        assertEquals("info@example.ad", after.email(), "what was not asked for stays");
        assertEquals(null, after.pendingChange());
    }

    /** One change of the declarant's data waits at a time; the same one again (a retry) is let through. */
    @Test
    void oneChangeWaitsAtATime() {
        DeclarantFile file = company(null);
        store().save(file, List.of(), List.of(), List.of());
        var change = new DeclarantFile.PendingChange("TA2026-000001", LocalDate.of(2026, 12, 1), Map.of("phone", "+376812346"));
        assertTrue(store().markChangePending(file.number(), change));
        assertTrue(store().markChangePending(file.number(), change), "a retry of the same");
        assertFalse(store().markChangePending(file.number(),
                new DeclarantFile.PendingChange("TA2026-000002", LocalDate.of(2026, 12, 1), Map.of("email", "x@example.ad"))));
        assertEquals(change, store().file(file.number()).orElseThrow().pendingChange());
        assertFalse(store().markChangePending("999999", change), "no such declarant");
    }
}
