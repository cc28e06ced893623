package ad.cass.online.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * An AWS endpoint that answers like the real one, only slowly: it waits, then forwards each call to the
 * emulator behind it and returns its answer. Every call stays under the SDK's per-call timeout, so only a
 * request-wide deadline can keep a request that makes several of them inside the function's time.
 */
public final class SlowAws implements AutoCloseable {
    private static final Set<String> NOT_FORWARDED = Set.of("host", "content-length", "connection", "expect", "transfer-encoding");
    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    public SlowAws(URI target, Duration delay) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                Thread.sleep(delay.toMillis());
                HttpRequest.Builder forward = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                        .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
                exchange.getRequestHeaders().forEach((name, values) -> {
                    if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                        values.forEach(v -> forward.header(name, v));
                    }
                });
                HttpResponse<byte[]> answer = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
                answer.headers().map().forEach((name, values) -> {
                    if (!NOT_FORWARDED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                        exchange.getResponseHeaders().put(name, values);
                    }
                });
                exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
                exchange.getResponseBody().write(answer.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
