package ad.cass.online.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.testing.TestStack;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3, "Done means", as a newcomer runs it: the shaded {@code local/target/cass-local.jar} (built by
 * the package phase, before this integration test) started in its own JVM with the README's commands.
 * The template is copied into a temporary folder, so its {@code .local/} never touches a developer's.
 */
class CommandLineIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Pattern READY = Pattern.compile("local API ready on (http://127\\.0\\.0\\.1:(\\d+)) in (\\d+) ms");
    static final String LOGIN = "{\"cassNumber\":\"100001A\",\"pin\":\"Demo-2026!\"}";

    @TempDir
    Path dir;

    Path template() throws IOException {
        Path copy = dir.resolve("template.yaml");
        if (!Files.exists(copy)) {
            Files.copy(TestStack.projectRoot().resolve("template.yaml"), copy);
        }
        return copy;
    }

    ProcessBuilder jar(String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-jar",
                TestStack.projectRoot().resolve("local/target/cass-local.jar").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--template", template().toString()));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** A running {@code start-api}: its base URL, and the process to stop. */
    record Api(Process process, String base, long readyMillis) implements AutoCloseable {
        /** The AWS emulator that start-api runs as its child (moto behind our launcher). */
        ProcessHandle emulator() {
            return process.descendants()
                    .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains("moto_serial_server.py")).orElse(false))
                    .findFirst().orElseThrow(() -> new AssertionError("no emulator under start-api"));
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    Api startApi(Path data) throws Exception {
        Process process = jar("start-api", "--port", "0", "--data", data.toString()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { })); // keep its pipe from filling up
                drain.setDaemon(true);
                drain.start();
                return new Api(process, ready.group(1), Long.parseLong(ready.group(3)));
            }
        }
        process.destroyForcibly();
        throw new AssertionError("start-api ended without getting ready:\n" + seen);
    }

    static HttpResponse<String> post(String url, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void startApiServesTheDemoOnLoopbackWithinAMinuteAndKeepsItsDataAcrossRestarts() throws Exception {
        Path data = dir.resolve("data");
        String token;
        try (Api api = startApi(data)) {
            assertTrue(api.readyMillis() < 60_000, "ready in " + api.readyMillis() + " ms");
            assertEquals(200, get(api.base() + "/_local/health", null).statusCode());

            HttpResponse<String> login = post(api.base() + "/auth/login", LOGIN, null);
            assertEquals(200, login.statusCode(), login.body());
            token = JSON.readTree(login.body()).get("token").asText();
            JsonNode profiles = JSON.readTree(get(api.base() + "/profiles", token).body());
            assertEquals(List.of("own:100001A", "dependant:100002B", "dependant:100003C"),
                    profiles.get("profiles").findValuesAsText("id"));

            assertEquals(202, post(api.base() + "/auth/pin-reset",
                    "{\"cassNumber\":\"100001A\",\"email\":\"jordi.vidal@example.ad\"}", null).statusCode());
            // the link leaves through the notice queue: the runtime's event source delivers it a moment later
            JsonNode outbox = JSON.readTree(get(api.base() + "/_local/outbox", null).body());
            for (long until = System.nanoTime() + 10_000_000_000L; outbox.isEmpty() && System.nanoTime() < until; ) {
                Thread.sleep(100);
                outbox = JSON.readTree(get(api.base() + "/_local/outbox", null).body());
            }
            JsonNode last = outbox.get(outbox.size() - 1);
            assertEquals("jordi.vidal@example.ad", last.get("to").asText());
            assertTrue(last.get("text").asText().contains("/pt/password-reset?token="), "the mail carries the link");
            assertTrue(Files.list(dir.resolve(".local/outbox")).anyMatch(f -> f.toString().endsWith(".eml")),
                    "and lies in the outbox folder as an .eml");

            int port = URI.create(api.base()).getPort();
            Optional<InetAddress> lan = lanAddress();
            if (lan.isPresent()) { // where the machine has another address, nothing listens on it
                assertThrows(ConnectException.class, () -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(lan.get(), port), 2000);
                    }
                });
            }
        }
        ProcessHandle emulator;
        try (Api again = startApi(data)) {
            assertEquals(200, get(again.base() + "/profiles", token).statusCode(), "--data kept the session");
            emulator = again.emulator();
        }
        assertGone(emulator, "stopping start-api (SIGTERM, as Ctrl-C) stops its emulator");
    }

    /** Issue 14: a crashed or killed runtime leaves no emulator listening on a port. */
    @Test
    void killingStartApiLeavesNoEmulatorBehind() throws Exception {
        try (Api api = startApi(dir.resolve("data-killed"))) {
            ProcessHandle emulator = api.emulator();
            api.process().destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs
            assertGone(emulator, "the emulator ends when the JVM that started it dies");
        }
    }

    /** Issue 14: on a machine without Python (so without moto), one line says what to install; no stack trace. */
    @Test
    void withoutPythonStartApiSaysWhatToInstall() throws Exception {
        ProcessBuilder builder = jar("start-api", "--port", "0");
        String java = ProcessHandle.current().info().command().orElseThrow();
        builder.environment().put("PATH", Path.of(java).getParent().toString()); // java, and no python3 or python
        builder.environment().remove("CASS_PYTHON");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue(), out);
        assertTrue(out.contains("pip install 'moto[server]'"), out);
        assertFalse(out.contains("Exception"), out);
    }

    /** Issue 14: DynamoDB Local is not open source; neither it nor the SQLite binding it runs on ships. */
    @Test
    void theShadedJarCarriesNoDynamoDbLocal() throws IOException {
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(TestStack.projectRoot().resolve("local/target/cass-local.jar").toFile())) {
            List<String> banned = jar.stream().map(java.util.zip.ZipEntry::getName)
                    .filter(n -> n.startsWith("com/amazonaws/services/dynamodbv2/") || n.startsWith("com/almworks/sqlite4java/")
                            || n.contains("DynamoDBLocal") || n.contains("sqlite4java") || n.endsWith(".so") || n.endsWith(".dylib")
                            || n.endsWith(".dll"))
                    .toList();
            assertEquals(List.of(), banned);
            assertTrue(jar.getEntry("local-engines/moto_serial_server.py") != null, "the emulator's launcher travels in the jar");
        }
    }

    static void assertGone(ProcessHandle process, String why) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(process.isAlive(), why);
    }

    @Test
    void invokePrintsTheFunctionsResponse() throws Exception {
        Process process = jar("invoke", "auth", "-e",
                TestStack.projectRoot().resolve("events/auth/login.json").toString()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        String response = out.lines().filter(l -> l.startsWith("{\"statusCode\"")).findFirst().orElseThrow(() -> new AssertionError(out));
        JsonNode printed = JSON.readTree(response);
        assertEquals(200, printed.get("statusCode").asInt());
        assertEquals("100001A", JSON.readTree(printed.get("body").asText()).get("person").get("cassNumber").asText());
    }

    static Optional<InetAddress> lanAddress() throws IOException {
        return NetworkInterface.networkInterfaces()
                .filter(i -> { try { return i.isUp() && !i.isLoopback(); } catch (IOException e) { return false; } })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address)
                .findFirst();
    }
}
