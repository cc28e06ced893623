package ad.cass.online.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ad.cass.online.local.demo.DemoData;
import ad.cass.online.testing.ApiContract;
import ad.cass.online.testing.TestStack;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The local runtime as {@code start-api} gives it to a developer (the emulators with the demo data, the HTTP API on a
 * loopback port with the authorizer in front), started once for a test class and stopped after it:
 * <pre>
 * &#64;RegisterExtension
 * static final LocalRuntime LOCAL = new LocalRuntime("hostile");
 * </pre>
 * Each class gets a runtime of its own (its own stage, its own data): tests that lock a number out or suspend a pension
 * change what another class would read.
 */
final class LocalRuntime implements BeforeAllCallback, AfterAllCallback {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String stage;
    private final boolean queues;
    private Path workDir;
    private LocalSystem system;
    private LocalApi api;
    private QueuePump pump;

    LocalRuntime(String stage) {
        this(stage, false);
    }

    private LocalRuntime(String stage, boolean queues) {
        this.stage = stage;
        this.queues = queues;
    }

    /** With the queues delivered to their consumers too, as start-api does (LocalMain). */
    LocalRuntime withQueues() {
        return new LocalRuntime(stage, true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        workDir = Files.createTempDirectory("cass-" + stage);
        system = LocalSystem.start(TestStack.projectRoot().resolve("template.yaml"), workDir, null, stage);
        api = new LocalApi(system.host(), system.engines().outbox(), ApiContract.file(), 0);
        if (queues) {
            pump = new QueuePump(system.host(), system.engines());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        // each stops even when one before it could not: a runtime left running holds its ports until the JVM ends
        try (LocalSystem s = system; LocalApi a = api; QueuePump q = pump) {
            system = null;
            api = null;
            pump = null;
        }
    }

    LocalSystem system() {
        return system;
    }

    Path workDir() {
        return workDir;
    }

    int port() {
        return api.port();
    }

    String base() {
        return "http://127.0.0.1:" + api.port();
    }

    /**
     * A request as a portal sends it: the session's bearer token when one is given, JSON when there is a body, the
     * headers given (name, value, …). An answer of a route of the contract is held to openapi.yaml.
     */
    HttpResponse<String> send(String method, String path, String token, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String route = route(method, path.replaceAll("\\?.*", ""));
        if (ApiContract.operations().contains(route)) {
            assertEquals(List.of(), ApiContract.violations(route, response.statusCode(),
                    response.headers().firstValue("content-type").orElse(null), response.body()), route + " " + response.body());
        }
        return response;
    }

    /** The bearer token of a PIN sign-in of a demo person (every demo person's PIN is DemoData.PIN). */
    String signIn(String cassNumber) throws Exception {
        HttpResponse<String> login = send("POST", "/auth/login", null,
                "{\"cassNumber\":\"" + cassNumber + "\",\"pin\":\"" + DemoData.PIN + "\"}");
        assertEquals(200, login.statusCode(), login.body());
        return JSON.readTree(login.body()).get("token").asText();
    }

    /** The contract's operation a concrete request is, e.g. {@code GET /notices/{id}/download}. */
    static String route(String method, String path) {
        return ApiContract.operations().stream()
                .filter(op -> (method + " " + path).matches(op.replaceAll("\\{[^}]+}", "[^/]+")))
                .findFirst().orElse(method + " " + path);
    }
}
