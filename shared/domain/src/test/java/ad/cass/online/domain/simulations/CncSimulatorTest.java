package ad.cass.online.domain.simulations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 003 §2.1: "SMI = 1.525,33 €", "40 % SMI = 610,13 €" (61013.2 cents), "80 % SMI = 1.220,26 €" (122026.4). */
class CncSimulatorTest {
    static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    static final CncSimulator SIMULATOR = new CncSimulator(PensionParameters.load());

    @ParameterizedTest(name = "group {0}, pension {1}, foreign {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            // seed 003 §2.1 GRUP 1 "40 % SMI = 610,13 €", GRUP 2 "80 % SMI = 1.220,26 €": the .2 and .4 round down
            "1 | 0      | 0      | 61013",
            "2 | 0      | 0      | 122026",
            "1 | 30000  | 0      | 31013",   // 61013.2 − 30000 = 31013.2
            "1 | 30000  | 10000  | 21013",   // "(i pensió estrangera)": 61013.2 − 40000
            "2 | 100000 | 20000  | 2026",    // 122026.4 − 120000 = 2026.4
            "2 | 0      | 122026 | 0",       // 0.4 of a cent left: rounds to 0
            "1 | 61013  | 0      | 0",       // 0.2 of a cent left
            // "0 €": the complement is never negative
            "1 | 61014  | 0      | 0",
            "1 | 100000 | 0      | 0",
            "2 | 0      | 200000 | 0"})
    void topsUpToTheThreshold(int group, long pension, long foreign, long cents) {
        assertEquals(cents, SIMULATOR.simulate(new CncCase(group, pension, foreign, true, false), DAY).amountCents());
    }

    @ParameterizedTest(name = "resident {0}, solidarity {1} -> 0")
    @CsvSource(delimiter = '|', value = {
            // seed 003 §2.1 REQUISITS "1. Residir al Principat d'Andorra. 2. No tenir pensió de solidaritat."
            "false | false | resideix", "true | true | solidaritat", "false | true | resideix"})
    void onlyResidentsWithoutASolidarityPension(boolean resident, boolean solidarity, String why) {
        CncOutcome outcome = SIMULATOR.simulate(new CncCase(2, 0, 0, resident, solidarity), DAY);
        assertEquals(0, outcome.amountCents());
        assertTrue(outcome.reasons().get(0).contains(why), outcome.reasons().toString());
    }

    @Test
    void theReasonsShowTheThresholdAndTheSum() {
        String all = String.join("\n", SIMULATOR.simulate(new CncCase(1, 30000, 10000, true, false), DAY).reasons());
        assertTrue(all.contains("Llindar del grup 1: 40 % del salari mínim (1.525,33 €) = 610,13 € al mes."), all);
        assertTrue(all.contains("300,00 € de la CASS + 100,00 € de l'estranger = 400,00 €"), all);
        assertTrue(all.contains("Complement: 610,13 € − 400,00 € = 210,13 € al mes."), all);
    }
}
