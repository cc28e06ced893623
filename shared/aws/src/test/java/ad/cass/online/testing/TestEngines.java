package ad.cass.online.testing;

import ad.cass.online.local.engines.LocalEngines;
import java.nio.file.Files;

/** moto (DynamoDB, SES v2 and its outbox, SQS, Scheduler) and S3Proxy, started once per test JVM (about a second). */
public final class TestEngines {
    private static LocalEngines engines;

    private TestEngines() {
    }

    public static synchronized LocalEngines get() {
        if (engines == null) {
            try {
                engines = LocalEngines.start(null, null, Files.createTempDirectory("cass-outbox"),
                        TestStack.projectRoot().resolve(".local"));
            } catch (Exception e) {
                throw new IllegalStateException("local engines did not start", e);
            }
            LocalEngines started = engines;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (Exception ignored) {
                    // the JVM is going away
                }
            }));
        }
        return engines;
    }
}
