package ad.cass.online.domain.signin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.error.TooManyRequests;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.signin.SigninLimits.Route;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 16, item 7: per-address allowances on sign-in and recovery, and recovery mails per account. */
class SigninLimitsTest {
    /** The counter as a map of window keys, counting as the DynamoDB adapter does. */
    static final class MapCounter implements RateCounter {
        final Map<String, Integer> uses = new HashMap<>();

        @Override
        public boolean take(String key, Instant windowStart, Instant windowEnd, int max) {
            String window = key + "#" + windowStart.getEpochSecond();
            if (uses.getOrDefault(window, 0) >= max) {
                return false;
            }
            uses.merge(window, 1, Integer::sum);
            return true;
        }
    }

    static final Instant T0 = Instant.parse("2026-11-30T14:00:20Z"); // 20 s into a minute
    final MapCounter counter = new MapCounter();

    SigninLimits limitsAt(Instant now) {
        return new SigninLimits(counter, new Allowance(30, Duration.ofMinutes(1)), new Allowance(20, Duration.ofHours(1)),
                new Allowance(3, Duration.ofHours(1)), Clock.fixed(now, ZoneOffset.UTC));
    }

    @ParameterizedTest(name = "{0} counts as {1}")
    @CsvSource({
            "203.0.113.10, 203.0.113.10",
            "2001:db8:85a3:1:8a2e:370:7334:1, 20010db885a30001/64",
            "2001:db8:85a3:1::ffff, 20010db885a30001/64", // the same /64: one subscriber
            "2001:db8:85a3:2::1, 20010db885a30002/64", // the next /64: someone else
            "::ffff:203.0.113.10, 203.0.113.10", // IPv4 written as IPv6 is the IPv4 address
            "example.com, unknown", // never looked up
            "abc, unknown", // hex letters, still a name: never looked up
            "'', unknown",
            "999.1.1.1, unknown"})
    void anAddressCountsAsItselfOrItsSlash64(String address, String key) {
        assertEquals(key, SigninLimits.addressKey(address));
    }

    @Test
    void thirtySignInsAMinuteFromOneAddressThenA429UntilTheMinuteEnds() {
        SigninLimits limits = limitsAt(T0);
        for (int i = 0; i < 30; i++) {
            assertDoesNotThrow(() -> limits.admit(Route.SIGNIN, "203.0.113.10"));
        }
        TooManyRequests refused = assertThrows(TooManyRequests.class, () -> limits.admit(Route.SIGNIN, "203.0.113.10"));
        assertEquals(40, refused.retryAfterSeconds(), "until the minute ends");
        assertTrue(refused.getMessage().contains("d'aquí a 40 segons"), refused.getMessage());
        assertDoesNotThrow(() -> limits.admit(Route.SIGNIN, "203.0.113.11"), "another address is not held back");
        assertDoesNotThrow(() -> limits.admit(Route.PIN_RESET, "203.0.113.10"), "recovery has an allowance of its own");
        assertDoesNotThrow(() -> limitsAt(T0.plusSeconds(40)).admit(Route.SIGNIN, "203.0.113.10"), "the next minute");
        for (int i = 0; i < 29; i++) {
            limitsAt(T0.plusSeconds(40)).admit(Route.SIGNIN, "203.0.113.10");
        }
        TooManyRequests lastSecond = assertThrows(TooManyRequests.class,
                () -> limitsAt(T0.plusSeconds(99)).admit(Route.SIGNIN, "203.0.113.10"));
        assertTrue(lastSecond.getMessage().endsWith("d'aquí a 1 segon."), lastSecond.getMessage());
    }

    @Test
    void twentyRecoveryRequestsAnHourFromOneAddress() {
        SigninLimits limits = limitsAt(T0);
        for (int i = 0; i < 20; i++) {
            limits.admit(Route.PIN_RESET, "2001:db8::1");
        }
        TooManyRequests refused = assertThrows(TooManyRequests.class, () -> limits.admit(Route.PIN_RESET, "2001:db8::2"));
        assertEquals(Duration.ofMinutes(59).plusSeconds(40).toSeconds(), refused.retryAfterSeconds());
    }

    @Test
    void threeRecoveryMailsAnHourToOneAccount() {
        SigninLimits limits = limitsAt(T0);
        CassNumber jordi = CassNumber.of("100001A");
        assertTrue(limits.admitResetMail(jordi));
        assertTrue(limits.admitResetMail(jordi));
        assertTrue(limits.admitResetMail(jordi));
        assertFalse(limits.admitResetMail(jordi));
        assertTrue(limits.admitResetMail(CassNumber.of("100003C")), "another account");
        assertTrue(limitsAt(T0.plus(Duration.ofHours(1))).admitResetMail(jordi), "the next hour");
    }
}
