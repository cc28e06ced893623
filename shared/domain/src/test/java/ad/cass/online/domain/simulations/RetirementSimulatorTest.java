package ad.cass.online.domain.simulations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 000 §2.2.1 "Simulador de pensions": the pension of today's points, "sempre que ... s'hagin complert els 65
 * anys i s'acreditin, com a mínim, 15 anys de cotització a Andorra o com a resultat de totalitzar períodes amb un país
 * de conveni". Today is 15/03/2026; the point is worth 61.5 cents a year (our placeholder, pension-parameters).
 */
class RetirementSimulatorTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final RetirementSimulator SIMULATOR = new RetirementSimulator(PensionParameters.load());

    @ParameterizedTest(name = "{0} thousandths of a point -> {1} cents")
    @CsvSource(delimiter = '|', value = {
            // our reading of seed 000 §2.2.1: points × annual value ÷ 12, half-up once
            "0        | 0",       // no points, no pension
            "23000000 | 117875",  // 23000 × 61.5 ÷ 12 = 117875
            "10000000 | 51250",   // 10000 × 61.5 ÷ 12 = 51250
            "4000     | 21",      // 4 × 61.5 ÷ 12 = 20.5: half-up
            "12345678 | 63272",   // 12345.678 × 61.5 ÷ 12 = 63271.59975
            "1        | 0"})      // 0.001 × 61.5 ÷ 12 = 0.005125
    void amountOfThePoints(long thousandths, long cents) {
        assertEquals(cents, SIMULATOR.simulate(new RetirementCase(LocalDate.of(1950, 1, 1), thousandths, 180, 0), TODAY)
                .amountCents());
    }

    @ParameterizedTest(name = "born {0}, {1} + {2} months -> age {3}, contributions {4}, {5} years, {6} months, {7}")
    @CsvSource(delimiter = '|', value = {
            // seed 000 §2.2.1 "s'hagin complert els 65 anys": 65 today, 64 until tomorrow
            "1961-03-15 | 180 | 0   | true  | true  | 0  | 0   | ",
            "1961-03-16 | 180 | 0   | false | true  | 1  | 0   | 2026-03-16",
            // "com a mínim, 15 anys de cotització a Andorra": 179 and 180 months; one missing is March → 01/04/2026
            "1961-03-15 | 179 | 0   | true  | false | 0  | 1   | 2026-04-01",
            // "o com a resultat de totalitzar períodes amb un país de conveni"
            "1961-03-15 | 100 | 80  | true  | true  | 0  | 0   | ",
            "1961-03-15 | 100 | 79  | true  | false | 0  | 1   | 2026-04-01",
            "1961-03-15 | 0   | 180 | true  | true  | 0  | 0   | ",
            // both missing, the 65th birthday later: 55 years old, 60 months missing → 01/03/2031; 65 on 10/06/2035
            "1970-06-10 | 120 | 0   | false | false | 10 | 60  | 2035-06-10",
            // both missing, the contributions later: 65 on 20/09/2026; 10 months missing → 01/01/2027
            "1961-09-20 | 170 | 0   | false | false | 1  | 10  | 2027-01-01",
            // 66 and no contributions: 180 months from March 2026 → 01/03/2041
            "1960-01-01 | 0   | 0   | true  | false | 0  | 180 | 2041-03-01",
            // born on 29 February: 65 on 1 March 2029 (a common year), as Period counts
            "1964-02-29 | 180 | 0   | false | true  | 3  | 0   | 2029-03-01"})
    void conditionsAndTheDayTheyHold(LocalDate birth, int andorra, int totalised, boolean ageMet, boolean contributionsMet,
                                     int missingYears, int missingMonths, LocalDate holdsOn) {
        RetirementOutcome outcome = SIMULATOR.simulate(new RetirementCase(birth, 23_000_000, andorra, totalised), TODAY);
        assertEquals(ageMet, outcome.ageConditionMet());
        assertEquals(contributionsMet, outcome.contributionConditionMet());
        assertEquals(ageMet && contributionsMet, outcome.conditionsMet());
        assertEquals(missingYears, outcome.missingYearsOfAge());
        assertEquals(missingMonths, outcome.missingMonthsOfContribution());
        assertEquals(holdsOn, outcome.holdsOn());
        assertEquals(117_875, outcome.amountCents()); // given whether or not the conditions hold
    }

    @Test
    void theReasonsSayWhatIsMissingAndWhen() {
        String all = String.join("\n", SIMULATOR.simulate(new RetirementCase(LocalDate.of(1961, 9, 20), 23_000_000, 160, 10),
                TODAY).reasons());
        assertTrue(all.contains("Amb 23.000,000 punts de vellesa, a 0,615 € l'any cada punt, la pensió seria de 1.178,75 €"), all);
        assertTrue(all.contains("Edat: 64 anys; la jubilació demana 65 anys, que complireu el 20/09/2026."), all);
        assertTrue(all.contains("160 mesos a Andorra i 10 totalitzats amb un país de conveni, 170 en total; "
                + "se'n demanen 180 (15 anys): en falten 10."), all);
        assertTrue(all.contains("complireu les dues condicions el 01/01/2027."), all);
    }
}
