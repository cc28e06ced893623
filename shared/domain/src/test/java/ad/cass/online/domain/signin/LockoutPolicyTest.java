package ad.cass.online.domain.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 4: five wrong PINs in a row lock the account for 15 minutes, doubling on repeat. */
class LockoutPolicyTest {
    static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15));

    @ParameterizedTest(name = "lock after {0} earlier locks lasts {1} min")
    @CsvSource({"0, 15", "1, 30", "2, 60", "3, 120", "4, 240", "10, 15360", "11, 15360", "60, 15360", "-1, 15"})
    void doublingCappedAtTenDoublings(int previousLocks, long minutes) {
        assertEquals(Duration.ofMinutes(minutes), POLICY.lockFor(previousLocks));
    }
}
