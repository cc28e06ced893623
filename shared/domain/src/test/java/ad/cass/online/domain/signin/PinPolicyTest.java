package ad.cass.online.domain.signin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.person.CassNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A new PIN (issue 4; issue 16, item 6): NIST SP 800-63B §5.1.1.2 (length, no composition rules, not a
 * commonly used or breached value, NFKC before checking and hashing) and OWASP ASVS 5.0 (the 3,000 most
 * common passwords at least).
 */
class PinPolicyTest {
    static final CassNumber WHO = CassNumber.of("100001A");

    static void check(String pin) {
        PinPolicy.check(Secrets.normalized(pin.toCharArray()), WHO, "newPin");
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource({
            "password1, comú",          // zxcvbn's list, near the top
            "iloveyou, comú",
            "sunshine, comú",
            "qwertyuiop, comú",
            "baseball, comú",
            "Contrasenya, comú",        // our own list: the local ones
            "short-7, com a mínim",
            "x100001Ax, CASS",
            "'\uFF50\uFF41\uFF53\uFF53\uFF57\uFF4F\uFF52\uFF44\uFF11', comú"}) // full-width "password1": NFKC first
    void aWeakPinIsRefusedSayingWhy(String pin, String why) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> check(pin));
        assertEquals("newPin", e.field());
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    @ParameterizedTest(name = "\"{0}\" is accepted")
    @ValueSource(strings = {"Nou-PIN-segur-2026", "cavall bateria grapa", "Muntanya de Casamanya 2026", "pèl-roig al Madriu"})
    void aLongUncommonPinIsAccepted(String pin) {
        assertDoesNotThrow(() -> check(pin));
    }

    @Test
    void theCommonListHoldsTheThreeThousandMostUsedAtLeast() {
        assertTrue(PinPolicy.load(PinPolicy.BREACHED).size() >= 30_000, "zxcvbn's list, whole");
        assertTrue(PinPolicy.Common.PINS.size() >= 3_000);
        assertTrue(PinPolicy.Common.PINS.contains("contrasenya"), "and our local words with it");
    }

    @Test
    void asciiIsHashedAsItIsWithoutACopy() {
        char[] pin = "Demo-2026!".toCharArray();
        assertTrue(pin == Secrets.normalized(pin), "no copy of an ASCII secret is made");
        assertEquals("Demo-2026!", String.valueOf(Secrets.normalized("\uFF24\uFF45\uFF4D\uFF4F\uFF0D\uFF12\uFF10\uFF12\uFF16\uFF01".toCharArray())));
        assertEquals("\u00e8", String.valueOf(Secrets.normalized("e\u0300".toCharArray())), "a decomposed accent composes");
    }
}
