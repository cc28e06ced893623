package ad.cass.online.domain.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.text.Text;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The PIN-reset rules that need no store (seed 000, §1.1.3 and §1.1.4): the words that never tell whether
 * an account matched carry the configured validity; input that cannot be right is refused before any store
 * is asked (the stores here are absent, so asking one would fail the test); the answer floor holds.
 */
class PinResetRulesTest {
    static PinResetService valid(Duration validity) {
        return new PinResetService(null, null, null, null, null, null, null, URI.create("https://portal.test"), validity,
                Clock.systemUTC());
    }

    @ParameterizedTest(name = "valid {0} minutes -> says {0} minuts")
    @CsvSource({"120", "30", "1440"})
    void theWordsCarryTheConfiguredValidity(int minutes) {
        PinResetService service = valid(Duration.ofMinutes(minutes));
        String acknowledgement = service.acknowledgement().toString();
        assertTrue(acknowledgement.endsWith("L'enllaç és vàlid durant " + minutes + " minuts."), acknowledgement);
        String expired = Text.of(PinResetService.EXPIRED_LINK, (long) minutes).toString();
        assertTrue(expired.contains("és vàlid durant " + minutes + " minuts"), expired);
    }

    @ParameterizedTest(name = "\"{0}\" is no address")
    @ValueSource(strings = {"jordi", "jordi@", "@example.ad", "jordi vidal@example.ad", "a@b@c"})
    void anAddressThatCannotBeOneIsRefusedAtOnce(String email) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> valid(Duration.ofMinutes(120)).request(CassNumber.of("100001A"), email));
        assertEquals("email", e.field());
        assertEquals(PinResetService.INVALID_EMAIL, e.getMessage());
    }

    @ParameterizedTest(name = "a token of {0} characters is incomplete")
    @ValueSource(ints = {0, 12, 42, 44, 256})
    void aTokenOfTheWrongLengthIsAnIncompleteLink(int length) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> valid(Duration.ofMinutes(120)).confirm("A".repeat(length), "x".toCharArray()));
        assertEquals("token", e.field());
        assertEquals(PinResetService.INCOMPLETE_LINK, e.getMessage());
    }

    @Test
    void theAnswerFloorHoldsForWorkButNotForARefusal() {
        AnswerFloor floor = new AnswerFloor(Duration.ofMillis(200));
        long started = System.nanoTime();
        floor.around(() -> { });
        assertTrue(System.nanoTime() - started >= Duration.ofMillis(200).toNanos(), "quick work still takes the floor");
        long refused = System.nanoTime();
        assertThrows(InvalidInput.class, () -> floor.around(() -> {
            throw new InvalidInput("email", "no");
        }));
        assertTrue(System.nanoTime() - refused < Duration.ofMillis(200).toNanos(), "a refusal of the input answers at once");
    }
}
