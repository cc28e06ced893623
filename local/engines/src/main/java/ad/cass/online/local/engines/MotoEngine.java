package ad.cass.online.local.engines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * moto (Apache-2.0), the local AWS emulator for DynamoDB, SES v2, SQS and EventBridge Scheduler, as a
 * child process on 127.0.0.1 behind our launcher {@code local-engines/moto_serial_server.py}, which runs
 * one request at a time (moto's own threaded server loses conditional updates; see the launcher).
 *
 * <p>The child reads its standard input until it closes: this JVM holds the other end, so the emulator ends
 * with the JVM however it ends, a {@code kill -9} included, and never stays listening on a port.
 */
public final class MotoEngine implements AutoCloseable {
    /** What a developer without moto is told, in one line. */
    public static final String INSTALL_HINT = "moto, the local AWS emulator (Apache-2.0), was not found: "
            + "pip install 'moto[server]' (Python 3.9 or later), or set CASS_PYTHON to a Python that has it";
    /** The version this project is tested on; the one installed into .local/ when nothing else has moto. */
    static final String MOTO_REQUIREMENT = "moto[server]==5.2.1";
    private static final String LAUNCHER = "local-engines/moto_serial_server.py";
    private static final Duration READY_WITHIN = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private MotoEngine(Process process, int port) {
        this.process = process;
        this.endpoint = URI.create("http://127.0.0.1:" + port);
    }

    /**
     * @param outbox   where the e-mails SES accepted are written as .eml files
     * @param toolsDir where to keep the launcher's log and, if no Python here has moto, a virtual environment
     *                 with it (the project's {@code .local/})
     */
    public static MotoEngine start(Path outbox, Path toolsDir) throws IOException, InterruptedException {
        return start(outbox, toolsDir, candidates(toolsDir), true);
    }

    /** @param pythons the interpreters to try, in order */
    static MotoEngine start(Path outbox, Path toolsDir, List<String> pythons, boolean installIfMissing)
            throws IOException, InterruptedException {
        Files.createDirectories(toolsDir);
        Path launcher = extractLauncher(toolsDir);
        Path log = toolsDir.resolve("moto.log");
        List<String> tried = new ArrayList<>();
        for (String python : pythons) {
            MotoEngine started = tryStart(python, launcher, outbox, log, tried);
            if (started != null) {
                return started;
            }
        }
        if (installIfMissing && installIntoVirtualEnvironment(toolsDir, log)) {
            MotoEngine started = tryStart(venvPython(toolsDir).toString(), launcher, outbox, log, tried);
            if (started != null) {
                return started;
            }
        }
        throw new EmulatorMissing(INSTALL_HINT + " (tried: " + String.join("; ", tried) + ")");
    }

    /** No Python here can run moto, and it could not be installed: the message says what to do, in one line. */
    public static final class EmulatorMissing extends IllegalStateException {
        EmulatorMissing(String message) {
            super(message);
        }
    }

    /** CASS_PYTHON first when set, then what an earlier start installed into .local/, then the PATH's. */
    static List<String> candidates(Path toolsDir) {
        List<String> pythons = new ArrayList<>();
        String chosen = System.getenv("CASS_PYTHON");
        if (chosen != null && !chosen.isBlank()) {
            pythons.add(chosen);
        }
        if (Files.isExecutable(venvPython(toolsDir))) {
            pythons.add(venvPython(toolsDir).toString());
        }
        pythons.add("python3");
        pythons.add("python");
        return pythons;
    }

    private static Path venvPython(Path toolsDir) {
        return toolsDir.resolve("moto-venv").resolve("bin").resolve("python");
    }

    /** The launcher travels inside this jar; Python needs it as a file. */
    private static Path extractLauncher(Path toolsDir) throws IOException {
        Path file = toolsDir.resolve("moto_serial_server.py");
        try (InputStream in = MotoEngine.class.getClassLoader().getResourceAsStream(LAUNCHER)) {
            if (in == null) {
                throw new IllegalStateException(LAUNCHER + " is missing from the classpath");
            }
            Path temporary = Files.createTempFile(toolsDir, ".moto", ".py");
            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            // atomic, so two JVMs starting at once (test modules) never run half a file
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return file;
    }

    /** @return the running engine, or null when this Python cannot run it (noted in {@code tried}) */
    private static MotoEngine tryStart(String python, Path launcher, Path outbox, Path log, List<String> tried)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(python, "-u", launcher.toString(), "--port", "0",
                "--outbox", outbox.toAbsolutePath().toString())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.PIPE)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process process;
        try {
            process = builder.start();
        } catch (IOException notThere) {
            tried.add(python + ": not found");
            return null;
        }
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> firstLine = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                firstLine.complete(out.readLine());
            } catch (IOException e) {
                firstLine.completeExceptionally(e);
            }
        }, "moto-ready");
        reader.setDaemon(true);
        reader.start();
        String line;
        try {
            line = firstLine.get(READY_WITHIN.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            line = null;
        }
        if (line != null && line.startsWith("READY ")) {
            Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }), "moto-stdout");
            drain.setDaemon(true);
            drain.start();
            return new MotoEngine(process, Integer.parseInt(line.substring(6).trim()));
        }
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        tried.add(python + ": " + (line == null ? "no answer (see " + log + ")" : line));
        return null;
    }

    /**
     * Where Python and a package index are at hand, moto goes into {@code .local/moto-venv} once; where they
     * are not, this fails quickly and the caller says what to install.
     */
    private static boolean installIntoVirtualEnvironment(Path toolsDir, Path log) throws InterruptedException {
        Path venv = toolsDir.resolve("moto-venv");
        System.err.println("moto not found; installing " + MOTO_REQUIREMENT + " into " + venv + " (log: " + log + ")");
        try {
            if (!Files.isExecutable(venvPython(toolsDir))
                    && run(log, Duration.ofMinutes(2), "python3", "-m", "venv", venv.toString()) != 0) {
                return false;
            }
            return run(log, Duration.ofMinutes(5), venvPython(toolsDir).toString(), "-m", "pip", "install",
                    "--disable-pip-version-check", "--no-input", "--retries", "1", "--timeout", "15", MOTO_REQUIREMENT) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static int run(Path log, Duration limit, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true)
                .start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            return -1;
        }
        return process.exitValue();
    }

    public URI endpoint() {
        return endpoint;
    }

    /** The emulator's process, for tests that check it goes away with this JVM. */
    public ProcessHandle process() {
        return process.toHandle();
    }

    /** How many DynamoDB writes the emulator has served since it started. */
    public long dynamoWrites() {
        return get("/_local/writes").path("dynamodbWrites").asLong();
    }

    /** The e-mails in the outbox folder, oldest first, read by the launcher. */
    public JsonNode outbox() {
        return get("/_local/outbox");
    }

    private JsonNode get(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(endpoint.resolve(path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("moto answered " + response.statusCode() + " to " + path);
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            process.getOutputStream().close(); // the launcher's cue to leave
        } catch (IOException ignored) {
            // already gone
        }
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
