package ad.cass.online.domain.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 4: five wrong PINs in a row lock the account for 15 minutes, doubling on repeat; issue 16, item 7:
 * never longer than LOCKOUT_MAX_MINUTES (24 h in template.yaml).
 */
class LockoutPolicyTest {
    static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofHours(24));

    @ParameterizedTest(name = "lock after {0} earlier locks lasts {1} min")
    @CsvSource({"0, 15", "1, 30", "2, 60", "3, 120", "4, 240", "5, 480", "6, 960", "7, 1440", "8, 1440", "10, 1440",
            "60, 1440", "2147483647, 1440", "-1, 15"})
    void doublingCappedAtTheLongestLock(int previousLocks, long minutes) {
        assertEquals(Duration.ofMinutes(minutes), POLICY.lockFor(previousLocks));
    }

    @Test
    void aCapShorterThanTheFirstLockIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(10)));
    }
}
