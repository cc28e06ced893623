package ad.cass.online.domain.extracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 20: codes of 80 random bits in four groups, read as people type them, anything else never looked up. */
class VerificationCodesTest {
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "7KQ2-M9XD-4H1T-ZC8P       | 7KQ2-M9XD-4H1T-ZC8P",
            "'  7kq2-m9xd-4h1t-zc8p  ' | 7KQ2-M9XD-4H1T-ZC8P",   // read aloud, typed in lower case
            "7KQ2M9XD4H1TZC8P          | -",                     // the groups are part of the code
            "7KQ2-M9XD-4H1T-ZC8        | -",
            "7KQ2-M9XD-4H1T-ZC8PX      | -",
            "7KQ2-M9XD-4H1T-ZC8U       | -",                     // I, L, O and U are not in the alphabet
            "7KQ2-M9XD-4H1T-ZC8O       | -",
            "../../etc                 | -",
            "''                        | -",
            "-                         | -"})
    void aCodeAsTyped(String typed, String expected) {
        assertEquals(Optional.ofNullable(expected), VerificationCodes.read(typed));
    }

    @Test
    void newCodesAreReadBackAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCodes.next();
            assertEquals(Optional.of(code), VerificationCodes.read(code));
            assertTrue(seen.add(code), "80 random bits do not repeat in 10,000 draws: " + code);
        }
    }
}
