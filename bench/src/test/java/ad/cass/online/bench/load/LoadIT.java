package ad.cass.online.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 23, "Load", within the suite's time: {@code bench/load} for 10 seconds with 32 clients on the local runtime.
 * No errors and no write lost or doubled; the latencies are printed, not held to anything (a noisy machine decides
 * them; the goal on a read's tail belongs to the bench's own output, see bench/load for the run before a release).
 */
class LoadIT {
    static {
        System.setProperty("log4j2.configurationFile", "log4j2-load.xml");
        System.setProperty("cass.load.log", "target/load-it-runtime.log");
    }

    @Test
    void thirtyTwoClientsForTenSecondsLoseAndDoubleNothing() throws Exception {
        LoadRun.Result result = LoadRun.run(new LoadRun.Settings(32, Duration.ofSeconds(10), Duration.ofMillis(250),
                Duration.ofSeconds(30), Duration.ofSeconds(30)));
        LoadBench.print(result, System.out);

        assertTrue(result.served() >= 32, "every client signed in at least: " + result.served());
        assertEquals(0, result.errors(), "no answer but the one expected, no timeout: " + result.errorCounts() + " " + result.errorSamples());
        assertTrue(result.verdict().checked() > 0, "some writes were accepted and checked");
        assertEquals(List.of(), result.verdict().lost(), "every accepted write is in the store");
        assertEquals(List.of(), result.verdict().doubled(), "and only once");
        assertTrue(result.writes().values().stream().mapToInt(Integer::intValue).sum() > 0, "writes accepted: " + result.writes());
    }
}
