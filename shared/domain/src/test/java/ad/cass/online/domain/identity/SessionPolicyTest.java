package ad.cass.online.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ad.cass.online.domain.person.CassNumber;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Idle timeout 30 min, absolute 12 h (issue 4; NIST SP 800-63B §7.1), whichever comes first. */
class SessionPolicyTest {
    static final SessionPolicy POLICY = new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(12));
    static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    @ParameterizedTest(name = "created T0, last seen T0+{0}min, now T0+{1}min -> live={2}")
    @CsvSource({
            "0, 0, true",
            "0, 29, true",
            "0, 30, false",        // idle limit reached
            "0, 31, false",
            "600, 629, true",      // active user, idle window slides
            "700, 719, true",      // 11 h 59 min after login
            "700, 720, false",     // absolute limit: 12 h after login, however active
            "719, 721, false"})
    void liveness(long lastSeenMinutes, long nowMinutes, boolean live) {
        Session s = new Session("id", CassNumber.of("100001A"), "own:100001A", AuthMethod.PIN, T0,
                T0.plus(Duration.ofMinutes(lastSeenMinutes)));
        assertEquals(live, POLICY.isLive(s, T0.plus(Duration.ofMinutes(nowMinutes))));
    }

    @ParameterizedTest(name = "idle {0} min / absolute {1} h refused")
    @CsvSource({"0, 12", "-1, 12", "800, 12"})
    void nonsenseConfigurationIsRefused(long idleMinutes, long absoluteHours) {
        assertThrows(IllegalArgumentException.class,
                () -> new SessionPolicy(Duration.ofMinutes(idleMinutes), Duration.ofHours(absoluteHours)));
    }
}
