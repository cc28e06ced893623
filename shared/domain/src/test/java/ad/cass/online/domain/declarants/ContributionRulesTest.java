package ad.cass.online.domain.declarants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 22's figures, each from contribution-parameters.properties (Llei 17/2008 as we know it, or an assumption the
 * file names), and the one rounding rule: every share rounded half up to the cent on its own, totals their sums.
 */
class ContributionRulesTest {
    static final ContributionParameters PARAMETERS = ContributionParameters.load();
    static final ContributionSet Y2026 = PARAMETERS.at(LocalDate.of(2026, 11, 1));

    /** Llei 17/2008, employed work: 22 % of the salary, 15,5 % the employer's and 6,5 % the employee's, by branch. */
    @ParameterizedTest(name = "base {0}")
    @CsvSource({
            // base,  general employer, general employee, retirement employer, retirement employee, total
            "200000,  14000,            6000,             17000,               7000,                44000",
            // 7 % of 1.234,57 = 86,4199 -> 86,42; 3 % = 37,0371 -> 37,04; 8,5 % = 104,93845 -> 104,94; 3,5 % = 43,20995 -> 43,21
            "123457,  8642,             3704,             10494,               4321,                27161",
            // half a cent rounds up: 8,5 % of 0,30 = 0,0255 -> 0,03; 3,5 % of 0,30 = 0,0105 -> 0,01
            "30,      2,                1,                3,                   1,                   7",
            "0,       0,                0,                0,                   0,                   0"})
    void employedWorkSplitsEachBranchBetweenEmployerAndEmployee(long base, long generalEmployer, long generalEmployee,
                                                               long retirementEmployer, long retirementEmployee, long total) {
        ContributionCalculator.Contribution c = ContributionCalculator.employed(base, Y2026);
        assertEquals(List.of(Branch.GENERAL, Branch.RETIREMENT), c.shares().stream().map(ContributionCalculator.Share::branch).toList());
        assertEquals(generalEmployer, c.shares().get(0).employerCents());
        assertEquals(generalEmployee, c.shares().get(0).employeeCents());
        assertEquals(retirementEmployer, c.shares().get(1).employerCents());
        assertEquals(retirementEmployee, c.shares().get(1).employeeCents());
        assertEquals(total, c.totalCents(), "the total is the sum of the rounded shares");
        assertEquals(generalEmployer + retirementEmployer, c.employerCents());
    }

    /** Llei 17/2008, own account (assumption: 10 % + 12 %), all of it the self-employed person's. */
    @ParameterizedTest(name = "base {0}")
    @CsvSource({
            "273119, 27312, 32774, 60086",
            "136560, 13656, 16387, 30043",
            "100000, 10000, 12000, 22000"})
    void ownAccountIsAllTheSelfEmployedPersons(long base, long general, long retirement, long total) {
        ContributionCalculator.Contribution c = ContributionCalculator.ownAccount(base, Y2026);
        assertEquals(general, c.shares().get(0).employeeCents());
        assertEquals(retirement, c.shares().get(1).employeeCents());
        assertEquals(0, c.employerCents());
        assertEquals(total, c.totalCents());
    }

    /** The own-account bands (assumption): percentages of the year's reference salary, to the cent. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2025-06-01, 265428, '132714,199071,265428,331785,398142,530856,663570,796284'",
            "2026-11-01, 273119, '136560,204839,273119,341399,409679,546238,682798,819357'"})
    void theBandsArePercentagesOfTheYearsReferenceSalary(LocalDate day, long reference, String bases) {
        ContributionSet set = PARAMETERS.at(day);
        assertEquals(reference, set.referenceSalaryCents());
        assertEquals(List.of(bases.split(",")).stream().map(Long::valueOf).toList(), set.bandBasesCents());
    }

    /** Assumption: the sheet of month M is due on the last day of M + 1 (February's length, a year's turn). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"2026-10, 2026-11-30", "2026-12, 2027-01-31", "2026-01, 2026-02-28", "2027-01, 2027-02-28", "2028-01, 2028-02-29"})
    void aSheetIsDueTheLastDayOfTheNextMonth(YearMonth period, LocalDate due) {
        assertEquals(due, Y2026.dueDate(period));
    }

    /**
     * Surcharges (assumption of their size): 5 % declared late; 10 % paid late within three months of the due date,
     * 20 % after; both when both. On 100,00 € due on 30/11/2026.
     */
    @ParameterizedTest(name = "declared {0}, settled {1} -> {2}")
    @CsvSource({
            "2026-11-15, 2026-11-30, 0",
            "2026-11-30, 2026-12-01, 1000",
            "2026-11-15, 2027-02-28, 1000",
            "2026-11-15, 2027-03-01, 2000",
            "2026-12-05, 2026-12-05, 1500",
            "2026-12-05, 2026-11-30, 500",
            ",           2027-06-01, 2500"})
    void surchargesForADeclarationOrAPaymentAfterTheDueDate(LocalDate declared, LocalDate settled, long surcharge) {
        assertEquals(surcharge, Y2026.surcharges().cents(100_00, LocalDate.of(2026, 11, 30), declared, settled));
    }

    @Test
    void aSurchargeRoundsHalfUpOnItsOwn() {
        // 5 % of 0,30 = 0,015 -> 0,02; 10 % of 0,30 = 0,03: 0,05
        assertEquals(5, Y2026.surcharges().cents(30, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)));
    }

    @Test
    void noFiguresBeforeTheFirstSetAndNoUnknownName() {
        assertThrows(IllegalStateException.class, () -> PARAMETERS.at(LocalDate.of(2024, 12, 31)));
        Properties typo = new Properties();
        typo.putAll(ad.cass.online.domain.config.StrictProperties.asMap(
                ad.cass.online.domain.config.StrictProperties.resource(ContributionParameters.class, ContributionParameters.RESOURCE)));
        typo.put("2026-01-01.surcharge.lateDeclarationPrecent", "5");
        assertThrows(IllegalStateException.class, () -> ContributionParameters.parse(typo), "a misspelt name is refused");
    }
}
