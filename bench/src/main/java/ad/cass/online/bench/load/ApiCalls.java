package ad.cass.online.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One client's requests to the local API: each timed under its template route, and any answer but the one expected
 * (a 5xx above all), a timeout or a broken connection counted as a failure. A write may be sent twice at once, on two
 * connections with the same Idempotency-Key, as a double click or a retry racing the first does.
 */
final class ApiCalls implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Headers java.net.http sets itself: a presigned upload's signed headers are passed on without them. */
    private static final Set<String> SET_BY_CLIENT = Set.of("host", "content-length");

    /** What a run shares between its clients. */
    record Shared(int port, Duration timeout, RouteTimes times, Failures failures, AtomicLong served, HttpClient s3,
                  ExecutorService twins) {
    }

    private final Shared shared;
    private final LoopbackHttp http;
    private final LoopbackHttp twin;

    ApiCalls(Shared shared, InetAddress source) {
        this.shared = shared;
        this.http = new LoopbackHttp(source, shared.port(), shared.timeout());
        this.twin = new LoopbackHttp(source, shared.port(), shared.timeout());
    }

    /** A request as the portal sends it. {@code key} is its Idempotency-Key, or null. */
    record Request(String route, String method, String target, String token, String body, String key, Map<String, String> extra) {
        Request(String route, String method, String target, String token, String body, String key) {
            this(route, method, target, token, body, key, Map.of());
        }
    }

    /** @return the answer when it has the status expected, else null (a failure, counted) */
    LoopbackHttp.Answer send(Request request, int expected) {
        return checked(request, expected, exchange(http, request));
    }

    /** The body as JSON when the status is the one expected, else null. */
    JsonNode json(Request request, int expected) {
        return parsed(request, send(request, expected));
    }

    /** The same request on two connections at once: both answers, each null unless it had the status expected. */
    JsonNode[] twice(Request request, int expected) {
        CompletableFuture<Outcome> second = CompletableFuture.supplyAsync(() -> exchange(twin, request), shared.twins());
        Outcome first = exchange(http, request);
        return new JsonNode[] {parsed(request, checked(request, expected, first)),
                parsed(request, checked(request, expected, second.join()))};
    }

    /** A PUT to a presigned link of the documents bucket, with the headers it was signed with. */
    boolean upload(JsonNode link, byte[] file) {
        String route = "PUT upload link (S3)";
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(link.path("url").asText())).timeout(shared.timeout())
                .PUT(HttpRequest.BodyPublishers.ofByteArray(file));
        link.path("headers").properties().forEach(h -> {
            if (!SET_BY_CLIENT.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                put.header(h.getKey(), h.getValue().asText());
            }
        });
        long start = System.nanoTime();
        try {
            HttpResponse<String> answer = shared.s3().send(put.build(), HttpResponse.BodyHandlers.ofString());
            shared.times().add(route, System.nanoTime() - start);
            if (answer.statusCode() != 200) {
                shared.failures().add(route, "status " + answer.statusCode(), answer.body());
                return false;
            }
            return true;
        } catch (IOException e) {
            shared.failures().add(route, e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** An answer, or the exception that stood in its way. */
    private record Outcome(LoopbackHttp.Answer answer, IOException failure) {
    }

    private Outcome exchange(LoopbackHttp connection, Request request) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (request.token() != null) {
            headers.put("Authorization", "Bearer " + request.token());
        }
        if (request.key() != null) {
            headers.put("Idempotency-Key", request.key());
        }
        if (request.body() != null) {
            headers.put("Content-Type", "application/json");
        }
        headers.putAll(request.extra());
        byte[] body = request.body() == null ? new byte[0] : request.body().getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        try {
            LoopbackHttp.Answer answer = connection.send(request.method(), request.target(), headers, body);
            shared.times().add(request.route(), System.nanoTime() - start);
            shared.served().incrementAndGet();
            return new Outcome(answer, null);
        } catch (IOException e) {
            return new Outcome(null, e);
        }
    }

    private LoopbackHttp.Answer checked(Request request, int expected, Outcome outcome) {
        if (outcome.failure() != null) {
            String kind = outcome.failure() instanceof SocketTimeoutException ? "timeout" : outcome.failure().getClass().getSimpleName();
            shared.failures().add(request.route(), kind, request.method() + " " + request.target() + ": " + outcome.failure().getMessage());
            return null;
        }
        LoopbackHttp.Answer answer = outcome.answer();
        if (answer.status() != expected) {
            shared.failures().add(request.route(), "status " + answer.status(),
                    request.method() + " " + request.target() + " (expected " + expected + "): " + answer.text());
            return null;
        }
        return answer;
    }

    private JsonNode parsed(Request request, LoopbackHttp.Answer answer) {
        if (answer == null) {
            return null;
        }
        if (answer.body().length == 0) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            shared.failures().add(request.route(), "unreadable JSON", answer.text());
            return null;
        }
    }

    @Override
    public void close() {
        http.close();
        twin.close();
    }
}
