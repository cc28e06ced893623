package ad.cass.online.local.fuzz;

import ad.cass.online.aws.identity.DynamoSessionStore;
import ad.cass.online.domain.identity.AuthMethod;
import ad.cass.online.domain.identity.Session;
import ad.cass.online.domain.identity.SessionToken;
import ad.cass.online.local.FunctionHost;
import ad.cass.online.local.LocalSystem;
import ad.cass.online.local.demo.DemoData;
import ad.cass.online.testing.TestStack;
import com.code_intelligence.jazzer.api.BugDetectors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The local system the fuzz tests run the functions on: the emulators with the demo data, started once per JVM on the
 * first input (after Jazzer's agent is in place, so the functions' classes load instrumented) and stopped when the JVM
 * ends. Every fuzz test of a JVM shares it: an emulator start costs seconds, an input milliseconds. Inputs change its
 * data (a sign-in locked out, a contact message kept); a finding is replayed on fresh demo data by the regression run.
 */
final class FuzzStack {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "0:0:0:0:0:0:0:1");
    /** Well inside the template's idle timeout (30 minutes) and absolute end (12 hours): the session is still live. */
    private static final Duration FRESH = Duration.ofMinutes(20);

    private static LocalSystem system;
    private static Path certificates;
    private static List<String> certificateNames;
    private static DynamoSessionStore sessions;
    private static String sessionToken;

    private FuzzStack() {
    }

    static synchronized FunctionHost host() {
        // Jazzer's SSRF detector stops any connection it is not told of, and forgets what it was told when fuzzing
        // starts: the emulators listen on this machine; a function connecting anywhere else is a finding
        BugDetectors.allowNetworkConnections((host, port) -> LOOPBACK.contains(host));
        if (system == null) {
            start();
        }
        return system.host();
    }

    private static void start() {
        try {
            Path workDir = Files.createTempDirectory("cass-fuzz");
            system = LocalSystem.start(TestStack.projectRoot().resolve("template.yaml"), workDir, null, "fuzz");
            certificates = workDir.resolve("certs");
            try (Stream<Path> files = Files.list(certificates)) {
                certificateNames = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".pem"))
                        .map(n -> n.substring(0, n.length() - ".pem".length()))
                        .filter(n -> !n.equals("ca") && !n.equals("seal")) // the authority's and the seal's own
                        .sorted().toList();
            }
            sessions = new DynamoSessionStore(system.engines().dynamoClient(),
                    system.template().string(Map.of("Ref", "SessionsTable")));
        } catch (Exception e) {
            throw new IllegalStateException("the local system did not start", e);
        }
        LocalSystem started = system;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                started.close();
            } catch (Exception e) {
                // the JVM is ending; the emulator's process ends with it
            }
        }, "fuzz-stack-stop"));
    }

    /** The names of the client certificates the local authority issued at start, sorted: demo people's, expired, untrusted. */
    static synchronized List<String> certificateNames() {
        host();
        return certificateNames;
    }

    static String certificate(String name) {
        try {
            return Files.readString(certificates.resolve(name + ".pem"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bearer token of a live session of the demo employee. Opened in the Sessions table, not by signing in (inputs
     * lock the number out and use up addresses' allowances), and opened again once inputs have ended it: sign-ins
     * past SESSION_MAX_PER_PERSON end the oldest session, a fuzzed logout may end this one.
     */
    static synchronized String sessionToken() {
        host();
        Instant now = Instant.now();
        boolean live = sessionToken != null && sessions.find(SessionToken.hash(sessionToken))
                .filter(s -> s.createdAt().isAfter(now.minus(FRESH))).isPresent();
        if (!live) {
            String token = SessionToken.generate();
            sessions.create(new Session(SessionToken.hash(token), DemoData.EMPLOYEE, "own:" + DemoData.EMPLOYEE.value(),
                    AuthMethod.PIN, now, now), now.plus(Duration.ofMinutes(30)), now.plus(Duration.ofHours(12)));
            sessionToken = token;
        }
        return sessionToken;
    }
}
