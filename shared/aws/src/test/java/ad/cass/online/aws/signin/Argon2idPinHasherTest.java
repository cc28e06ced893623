package ad.cass.online.aws.signin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** PINs are stored only as Argon2id hashes with at least the OWASP parameters (issues 3 and 4). */
class Argon2idPinHasherTest {
    static final Argon2idPinHasher HASHER = new Argon2idPinHasher();
    static final Pattern PHC = Pattern.compile("\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");

    @Test
    void hashesArePhcStringsWithOwaspParametersAndFreshSalt() {
        String a = HASHER.hash("Demo-2026!".toCharArray());
        String b = HASHER.hash("Demo-2026!".toCharArray());
        Matcher m = PHC.matcher(a);
        assertTrue(m.matches(), a);
        assertTrue(Integer.parseInt(m.group(1)) >= 19 * 1024, "memory >= 19 MiB");
        assertTrue(Integer.parseInt(m.group(2)) >= 2, "iterations >= 2");
        assertTrue(Integer.parseInt(m.group(3)) >= 1, "parallelism >= 1");
        assertNotEquals(a, b, "a fresh salt per hash");
        assertFalse(a.contains("Demo-2026!"));
    }

    @ParameterizedTest(name = "{0} vs Demo-2026! -> {1}")
    @CsvSource({"Demo-2026!, true", "demo-2026!, false", "Demo-2026, false", "Demo-2026!!, false", "' Demo-2026!', false"})
    void verifies(String attempt, boolean matches) {
        String hash = HASHER.hash("Demo-2026!".toCharArray());
        assertTrue(HASHER.verify(attempt.toCharArray(), hash) == matches);
    }

    @Test
    void accentsAndLongPinsRoundTrip() {
        char[] pin = "Pàssword-Núria-ça-2026".toCharArray();
        assertTrue(HASHER.verify(pin, HASHER.hash(pin)));
    }

    @ParameterizedTest(name = "stored value \"{0}\" never verifies")
    @NullSource
    @ValueSource(strings = {"", "plain", "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "$argon2id$v=16$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA", "$argon2id$v=19$m=x,t=2,p=1$a$b",
            "$argon2id$v=19$m=19456,t=2,p=1$!!!$???"})
    void corruptHashesAreAFailedLoginNotACrash(String stored) {
        assertFalse(HASHER.verify("Demo-2026!".toCharArray(), stored));
    }

    @ParameterizedTest(name = "m={0} t={1} p={2} refused")
    @CsvSource({"19455, 2, 1", "19456, 1, 1", "19456, 2, 0", "4096, 3, 1"})
    void parametersBelowOwaspAreRefused(int memory, int iterations, int parallelism) {
        assertThrows(IllegalArgumentException.class, () -> new Argon2idPinHasher(memory, iterations, parallelism));
    }
}
