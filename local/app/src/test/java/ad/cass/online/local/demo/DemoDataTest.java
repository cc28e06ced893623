package ad.cass.online.local.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.contributions.IncomeConcept;
import ad.cass.online.domain.contributions.IncomeMonth;
import ad.cass.online.domain.contributions.PointsYear;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.personalfile.ContactRules;
import ad.cass.online.domain.personalfile.Ibans;
import ad.cass.online.domain.personalfile.PostalAddress;
import ad.cass.online.domain.procedures.ProcedureType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The demo people are what the README promises, and the same on every run. */
class DemoDataTest {
    static final DemoData DEMO = DemoData.build();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Person person(String number) {
        return DEMO.people.stream().filter(p -> p.cassNumber().value().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void deterministic() {
        DemoData again = DemoData.build();
        assertEquals(DEMO.people, again.people);
        assertEquals(DEMO.income, again.income);
        assertEquals(DEMO.reimbursements, again.reimbursements);
        assertEquals(DEMO.points, again.points);
    }

    @ParameterizedTest(name = "{0}: {1}, age {2}, lives in {3}, holder {4}")
    @CsvSource({
            "100001A, DIRECT,   45, AD, ''",
            "100002B, INDIRECT, 12, AD, 100001A",
            "100003C, INDIRECT, 20, AD, 100001A",
            "100004D, DIRECT,   51, AD, ''",
            "100005E, DIRECT,   67, FR, ''",
            "100006F, DIRECT,   70, AD, ''",
            "100007G, DIRECT,   27, AD, ''"})
    void thePeopleOfTheReadme(String number, String type, int age, String country, String holder) {
        Person p = person(number);
        assertEquals(type, p.type().name());
        assertEquals(age, p.ageOn(TODAY));
        assertEquals(country, p.residenceCountry());
        assertEquals(holder, p.holderNumber().map(CassNumber::value).orElse(""));
    }

    @Test
    void workersHaveAMonthlyWorkingLifeWithConsistentTotalsAndPoints() {
        Map<CassNumber, List<IncomeMonth>> byPerson = DEMO.income.stream().collect(Collectors.groupingBy(IncomeMonth::subject));
        assertEquals(5, byPerson.size(), "the employee, the self-employed, both pensioners and the former dependant");
        byPerson.forEach((who, months) -> {
            assertTrue(months.size() >= (who.equals(DemoData.FORMER_DEPENDANT) ? 24 : 12 * 20), who + " has years of months");
            months.forEach(m -> assertEquals(m.concepts().stream().mapToLong(IncomeConcept::amountCents).sum(), m.grossCents()));
            long years = months.stream().map(m -> m.period().getYear()).distinct().count();
            List<PointsYear> points = DEMO.points.stream().filter(p -> p.subject().equals(who)).toList();
            assertEquals(years, points.size(), who + " earns points every year worked");
            points.forEach(p -> assertTrue(p.pointsThousandths() > 0));
        });
        assertEquals(DemoData.LAST_MONTH, byPerson.get(DemoData.EMPLOYEE).stream().map(IncomeMonth::period)
                .max(YearMonth::compareTo).orElseThrow());
        assertTrue(DEMO.income.stream().anyMatch(m -> m.concepts().stream().anyMatch(c -> c.code().equals("PE"))),
                "extra pays in June and December");
    }

    /** Seed 000 §2.2.1: every file's contact data and IBAN pass the checks a change would, and its periods its months. */
    @Test
    void thePersonalFilesHoldWhatTheirChecksTake() {
        DEMO.files.forEach((who, file) -> {
            if (file.phone() != null) {
                assertEquals(file.phone(), ContactRules.phone(file.phone()), who + " phone");
            }
            if (file.address() != null) {
                PostalAddress a = file.address();
                assertEquals(a, ContactRules.address(a.street(), a.postcode(), a.town(), a.country()), who + " address");
            }
            if (file.bank() != null) {
                assertEquals(file.bank().iban(), Ibans.normalised(file.bank().iban()), who + " IBAN");
            }
            if (file.pendingBank() != null) {
                assertEquals(file.pendingBank().iban(), Ibans.normalised(file.pendingBank().iban()));
                assertTrue(DEMO.procedures.stream().anyMatch(p -> p.code().equals(file.pendingBank().procedureCode())),
                        "a pending bank change is a procedure");
            }
        });
        assertEquals(DEMO.people.size(), DEMO.files.size());
        DEMO.income.forEach(m -> assertTrue(DEMO.employment.stream().anyMatch(e -> e.subject().equals(m.subject())
                && e.declarantNumber().equals(m.declarantNumber()) && !m.period().atDay(1).isBefore(e.from())
                && (e.to() == null || !m.period().atEndOfMonth().isAfter(e.to()))), m.subject() + " " + m.period()));
    }

    /** Issue 18: every demo procedure falls under one type of the search (its description starts with the label). */
    @Test
    void everyProcedureHasAType() {
        DEMO.procedures.forEach(p -> assertTrue(java.util.Arrays.stream(ProcedureType.values()).anyMatch(t -> t.describes(p.type())),
                p.code() + " " + p.type()));
    }

    @Test
    void everyoneHasProceduresAndBenefitSheets() {
        DEMO.people.forEach(p -> {
            assertTrue(DEMO.reimbursements.stream().anyMatch(r -> r.subject().equals(p.cassNumber())), p.cassNumber() + " sheets");
            // the declarants' employees (issue 22) have no access of their own: nobody would see their procedures
            assertTrue(!DEMO.ownAccess.contains(p.cassNumber())
                    || DEMO.procedures.stream().anyMatch(r -> r.subject().equals(p.cassNumber())), p.cassNumber() + " procedures");
        });
        // seed 003: third-party payer for everyone aged 65 or more: CASS pays the provider directly
        DEMO.reimbursements.stream().filter(r -> person(r.subject().value()).ageOn(TODAY) >= 65)
                .forEach(r -> assertEquals("PROVIDER", r.payee().name()));
    }
}
