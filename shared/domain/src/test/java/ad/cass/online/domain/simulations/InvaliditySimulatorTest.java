package ad.cass.online.domain.simulations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.simulations.InvalidityOutcome.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 003 §1.1–1.5 with the 2026 parameters: SMI 1.525,33 €, so the cap is 2,5 × 152533 = 381332.5 cents. */
class InvaliditySimulatorTest {
    static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    static final InvaliditySimulator SIMULATOR = new InvaliditySimulator(PensionParameters.load());

    static InvalidityOutcome workAccident(long baseCents, String impairment) {
        return SIMULATOR.simulate(new InvalidityCase(Origin.WORK_ACCIDENT, new BigDecimal(impairment), baseCents, null, null,
                null, null), DAY);
    }

    static InvalidityOutcome commonIllness(String impairment, int age, int months, boolean canKeepWorking, long theoretical) {
        return SIMULATOR.simulate(new InvalidityCase(Origin.COMMON_ILLNESS, new BigDecimal(impairment), null, age, months,
                canKeepWorking, theoretical), DAY);
    }

    @ParameterizedTest(name = "GM {0} % -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            // seed 003 §1.4 CAPITAL, base 2.000,00 € = 200000 cents
            "0.01  | CAPITAL | 400000",   // "X < 10% 2 vegades": 200000 × 2
            "9.99  | CAPITAL | 400000",   // "X < 10% 2 vegades"
            "10    | CAPITAL | 500000",   // "10 - 11 % 2,5 vegades": 200000 × 2.5
            "10.5  | CAPITAL | 500000",   // "10 - 11 % 2,5 vegades"
            "11    | CAPITAL | 600000",   // "11 - 12 % 3 vegades"
            "12    | CAPITAL | 700000",   // "12 - 13 % 3,5 vegades"
            "13    | CAPITAL | 800000",   // "13 – 14 % 4 vegades"
            "14    | CAPITAL | 900000",   // "14 – 15 % 4,5 vegades"
            "15    | CAPITAL | 1000000",  // "15 – 16 % 5 vegades"
            "16    | CAPITAL | 1100000",  // "16 – 17 % 5,5 vegades"
            "17    | CAPITAL | 1200000",  // "17 – 18 % 6 vegades"
            "18    | CAPITAL | 1300000",  // "18 – 19 % 6,5 vegades"
            "19    | CAPITAL | 1400000",  // "19 – 20 % 7 vegades"
            "19.99 | CAPITAL | 1400000",  // "19 – 20 % 7 vegades"
            // seed 003 §1.4 PENSIÓ, "Base de càlcul x % de l'interval x G M reconegut"
            "20    | PENSION | 20000",    // "20 - 50 % 50 %": 200000 × 0.50 × 0.20
            "35    | PENSION | 35000",    // 200000 × 0.50 × 0.35
            "50    | PENSION | 50000",    // 200000 × 0.50 × 0.50, 50 is still "20 - 50 %"
            "50.5  | PENSION | 75750",    // DOMAIN.md: between 50 and 51 is the 75 % band, 200000 × 0.75 × 0.505
            "51    | PENSION | 76500",    // "51 - 65 % 75 %": 200000 × 0.75 × 0.51
            "65    | PENSION | 97500",    // "51 - 65 % 75 %": 200000 × 0.75 × 0.65
            "65.01 | PENSION | 130020",   // "X > 65 % 100 %": 200000 × 1 × 0.6501
            "100   | PENSION | 200000",   // 200000 × 1 × 1, below the cap 381332.5
            // our reading: a GM of 0 is no impairment recognised, nothing to compensate
            "0     | NOT_ELIGIBLE | 0"})
    void workAccidentBands(String impairment, Outcome outcome, long cents) {
        InvalidityOutcome result = workAccident(200_000, impairment);
        assertEquals(outcome, result.outcome());
        assertEquals(cents, result.amountCents());
    }

    @ParameterizedTest(name = "base {0}, GM {1} % -> {2}")
    @CsvSource(delimiter = '|', value = {
            // seed 003 §1.5 "no pot ser superior a 2,5 vegades el salari mínim": 2.5 × 152533 = 381332.5 -> 381333
            "1000000 | 100   | PENSION | 381333",  // 1000000 × 1 × 1 = 1000000, capped
            "400000  | 100   | PENSION | 381333",  // 400000 > 381332.5, capped
            "381332  | 100   | PENSION | 381332",  // 381332 < 381332.5: the cap does not bind
            // the capital is not a pension: not capped (our reading of seed 003 §1.5)
            "1000000 | 19.99 | CAPITAL | 7000000", // 1000000 × 7
            // rounding half-up where it matters (half-even would give 10000): 100005 × 0.5 × 0.2 = 10000.5
            "100005  | 20    | PENSION | 10001",
            "100001  | 10    | CAPITAL | 250003",  // 100001 × 2.5 = 250002.5
            // rounding once: 100001 × 0.75 × 0.505 = 37875.37875 -> 37875; rounding 75000.75 first would give
            // 75001 × 0.505 = 37875.505 -> 37876
            "100001  | 50.5  | PENSION | 37875"})
    void capAndRounding(long base, String impairment, Outcome outcome, long cents) {
        InvalidityOutcome result = workAccident(base, impairment);
        assertEquals(outcome, result.outcome());
        assertEquals(cents, result.amountCents());
    }

    @ParameterizedTest(name = "age {0}, {1} months -> {2}")
    @CsvSource(delimiter = '|', value = {
            // seed 003 §1.1 CARÈNCIA "Menys de 21 Anys 12 mesos" (age 0: 11 months is beyond the age, a 400)
            "0  | 0   | NOT_ELIGIBLE", "20 | 11  | NOT_ELIGIBLE", "20 | 12  | PENSION",
            // "Entre 21 i 57 Anys (Edat x 3) – 51": 21 × 3 − 51 = 12, 22 × 3 − 51 = 15, 57 × 3 − 51 = 120
            "21 | 11  | NOT_ELIGIBLE", "21 | 12  | PENSION",
            "22 | 14  | NOT_ELIGIBLE", "22 | 15  | PENSION",
            "57 | 119 | NOT_ELIGIBLE", "57 | 120 | PENSION",
            // "Més de 57 Anys 120 mesos"
            "58 | 119 | NOT_ELIGIBLE", "58 | 120 | PENSION",
            "80 | 119 | NOT_ELIGIBLE", "80 | 120 | PENSION"})
    void qualifyingPeriod(int age, int months, Outcome outcome) {
        InvalidityOutcome result = commonIllness("60", age, months, true, 150_000);
        assertEquals(outcome, result.outcome());
        assertEquals(outcome == Outcome.PENSION ? 75_000 : 0, result.amountCents()); // group 1: 150000 × 0.5
    }

    @ParameterizedTest(name = "GM {0} %, keeps working {1}, theoretical {2} -> {3} {4}")
    @CsvSource(delimiter = '|', value = {
            // seed 003 §1.1 "Mínim 60% IPP"
            "59.99 | true  | 150000 | NOT_ELIGIBLE | 0",
            "60    | true  | 150000 | PENSION      | 75000",   // seed 003 §1.2 GRUP 1: 50 % × 150000
            "60    | false | 150000 | PENSION      | 150000",  // seed 003 §1.2 GRUP 2: 100 % × 150000
            "100   | false | 500000 | PENSION      | 381333",  // seed 003 §1.5: 500000 > 381332.5, capped
            "100   | true  | 500000 | PENSION      | 250000",  // 50 % × 500000, below the cap
            "75    | true  | 100001 | PENSION      | 50001"})  // 50 % × 100001 = 50000.5, half-up
    void commonIllnessGroupsAndCap(String impairment, boolean canKeepWorking, long theoretical, Outcome outcome, long cents) {
        InvalidityOutcome result = commonIllness(impairment, 40, 400, canKeepWorking, theoretical);
        assertEquals(outcome, result.outcome());
        assertEquals(cents, result.amountCents());
    }

    @Test
    void theReasonsExplainEachStepWithCatalanAmounts() {
        InvalidityOutcome capped = workAccident(1_000_000, "100");
        String all = String.join("\n", capped.reasons());
        assertTrue(all.contains("no cal període de carència"), all);
        assertTrue(all.contains("de més del 65 %"), all);
        assertTrue(all.contains("10.000,00 € × 100 % × 100 % = 10.000,00 €"), all);
        assertTrue(all.contains("2,5 vegades el salari mínim (1.525,33 €)"), all);
        assertTrue(all.contains("s'aplica el límit i la pensió queda en 3.813,33 €"), all);

        String band = String.join("\n", workAccident(200_000, "50.5").reasons());
        assertTrue(band.contains("en el tram de més del 50 % fins al 65 %: pensió del 75 %"), band);
        String capital = String.join("\n", workAccident(200_000, "10.5").reasons());
        assertTrue(capital.contains("2,5 vegades la base de càlcul (tram des del 10 % fins a menys del 11 %)"), capital);
        assertTrue(capital.contains("no s'hi aplica el límit"), capital);

        String refused = String.join("\n", commonIllness("59.99", 30, 38, true, 150_000).reasons());
        assertTrue(refused.contains("Grau de menyscabament: 59,99 %, no arriba al mínim del 60 %."), refused);
        assertTrue(refused.contains("(30 × 3) − 51 = 39 mesos): en teniu 38, en falta 1."), refused);
        assertTrue(refused.contains("no donaria dret a pensió"), refused);
    }
}
