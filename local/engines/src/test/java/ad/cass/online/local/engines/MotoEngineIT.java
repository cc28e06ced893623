package ad.cass.online.local.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;

/**
 * The emulator as the rest of the project relies on it (issue 14): atomic under concurrency, as strict as
 * SES about senders, gone with the JVM that started it, and plain about what to install when it is missing.
 */
class MotoEngineIT {
    @TempDir
    static Path dir;
    static LocalEngines engines;

    @BeforeAll
    static void start() throws Exception {
        engines = LocalEngines.start(null, null, dir.resolve("outbox"), dir.resolve("tools"));
    }

    @AfterAll
    static void stop() throws Exception {
        engines.close();
    }

    /** TECH-NOTES: moto's own threaded server lost an update in 1 trial of 30; DynamoDB never does. */
    @Test
    void twentyConcurrentConditionalUpdatesSucceedExactlyFiveTimesInEveryTrial() throws Exception {
        try (DynamoDbClient dynamo = engines.dynamoClient()) {
            dynamo.createTable(r -> r.tableName("counters").billingMode("PAY_PER_REQUEST")
                    .keySchema(k -> k.attributeName("pk").keyType("HASH"))
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType("S")));
            ExecutorService threads = Executors.newFixedThreadPool(20);
            try {
                for (int trial = 0; trial < 30; trial++) {
                    String key = "trial-" + trial;
                    List<Future<Boolean>> calls = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        calls.add(threads.submit(() -> {
                            try {
                                dynamo.updateItem(r -> r.tableName("counters").key(Map.of("pk", AttributeValue.fromS(key)))
                                        .updateExpression("ADD a :one")
                                        .conditionExpression("attribute_not_exists(a) OR a < :five")
                                        .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"),
                                                ":five", AttributeValue.fromN("5"))));
                                return true;
                            } catch (ConditionalCheckFailedException refused) {
                                return false;
                            }
                        }));
                    }
                    int succeeded = 0;
                    for (Future<Boolean> call : calls) {
                        succeeded += call.get() ? 1 : 0;
                    }
                    String counter = dynamo.getItem(r -> r.tableName("counters").consistentRead(true)
                            .key(Map.of("pk", AttributeValue.fromS(key)))).item().get("a").n();
                    assertEquals(5, succeeded, "trial " + trial);
                    assertEquals("5", counter, "trial " + trial);
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }

    @Test
    void aSenderNobodyVerifiedIsRefusedAsSesRefusesIt() {
        try (SesV2Client ses = engines.sesClient()) {
            assertThrows(MessageRejectedException.class, () -> ses.sendEmail(r -> r.fromEmailAddress("someone@unverified.example")
                    .destination(d -> d.toAddresses("a@example.ad"))
                    .content(c -> c.simple(m -> m.subject(s -> s.data("s")).body(b -> b.text(t -> t.data("t")))))));
            int before = engines.outbox().messages().size();
            ses.createEmailIdentity(r -> r.emailIdentity("verified@cass.example"));
            ses.sendEmail(r -> r.fromEmailAddress("verified@cass.example")
                    .destination(d -> d.toAddresses("jordi.vidal@example.ad"))
                    .content(c -> c.simple(m -> m.subject(s -> s.data("Avís de la CASS"))
                            .body(b -> b.text(t -> t.data("Bon dia, Jordi.")).html(h -> h.data("<p>Bon dia, Jordi.</p>"))))));
            List<Map<String, String>> messages = engines.outbox().messages();
            assertEquals(before + 1, messages.size(), "only the accepted mail reaches the outbox");
            Map<String, String> mail = messages.get(messages.size() - 1);
            assertEquals("Avís de la CASS", mail.get("subject"));
            assertEquals("Bon dia, Jordi.", mail.get("text"), "the plain-text part, even beside an HTML one");
            assertTrue(Files.exists(engines.outbox().directory().resolve(mail.get("file"))));
        }
    }

    @Test
    void closingEndsTheEmulatorAndFreesItsPort() throws Exception {
        LocalEngines other = LocalEngines.start(null, null, dir.resolve("outbox-2"), dir.resolve("tools"));
        ProcessHandle emulator = other.emulatorProcess();
        int port = other.awsEndpoint().getPort();
        other.close();
        assertFalse(emulator.isAlive());
        assertRefused(port);
    }

    /** A crash or kill -9 runs no shutdown hook: the launcher notices its standard input closing instead. */
    @Test
    void theEmulatorEndsWhenTheJvmThatStartedItIsKilled() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmulatorHolder.class.getName(), dir.resolve("outbox-3").toString(), dir.resolve("tools").toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        String line;
        do {
            line = out.readLine();
        } while (line != null && !line.startsWith("EMULATOR "));
        assertTrue(line != null, "the holder JVM started the emulator");
        String[] parts = line.split(" ");
        ProcessHandle emulator = ProcessHandle.of(Long.parseLong(parts[1])).orElseThrow();
        int port = Integer.parseInt(parts[2]);

        holder.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (emulator.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertFalse(emulator.isAlive(), "no orphan emulator after the JVM was killed");
        assertRefused(port);
    }

    @Test
    void withoutMotoItSaysInOneLineWhatToInstall() throws Exception {
        // a real Python that cannot see its site-packages, so moto is not importable, and one that is not there
        Path isolated = dir.resolve("python-without-moto");
        Files.writeString(isolated, "#!/bin/sh\nexec python3 -I -S \"$@\"\n");
        Files.setPosixFilePermissions(isolated, PosixFilePermissions.fromString("rwxr-xr-x"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> MotoEngine.start(dir.resolve("outbox-4"),
                dir.resolve("tools"), List.of(dir.resolve("no-such-python").toString(), isolated.toString()), false));
        assertTrue(e.getMessage().startsWith(MotoEngine.INSTALL_HINT), e.getMessage());
        assertTrue(e.getMessage().contains("pip install 'moto[server]'"));
        assertTrue(e.getMessage().contains("python-without-moto: MISSING"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    static void assertRefused(int port) {
        assertThrows(ConnectException.class, () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            }
        }, "nothing listens on " + port + " any more");
    }

    /** Started in its own JVM by the kill test: starts the emulator, says where, and waits to be killed. */
    public static final class EmulatorHolder {
        public static void main(String[] args) throws Exception {
            MotoEngine moto = MotoEngine.start(Path.of(args[0]), Path.of(args[1]));
            System.out.println("EMULATOR " + moto.process().pid() + " " + moto.endpoint().getPort());
            System.out.flush();
            TimeUnit.MINUTES.sleep(5);
        }
    }
}
