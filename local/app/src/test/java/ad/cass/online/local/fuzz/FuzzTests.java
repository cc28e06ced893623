package ad.cass.online.local.fuzz;

import org.junit.jupiter.api.AfterAll;

/** What the fuzz test classes share: when one ends, the tally of what its inputs were answered. */
abstract class FuzzTests {
    @AfterAll
    static void printTally() {
        Tally.printAndReset();
    }
}
