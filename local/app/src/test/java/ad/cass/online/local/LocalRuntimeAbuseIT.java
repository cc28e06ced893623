package ad.cass.online.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.http.ProblemType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 16, item 9: what an independent review did to the local runtime, over real sockets against the
 * real runtime. Stalled bodies must not starve anyone, and whatever the runtime refuses is an RFC 9457
 * problem with a type of the project's own, not an HTML page or a silent close.
 */
class LocalRuntimeAbuseIT {
    static final ObjectMapper JSON = LocalRuntime.JSON;
    static final HttpClient HTTP = LocalRuntime.HTTP;
    static final Duration IDLE_TIMEOUT = HttpLimits.DEFAULT.idleTimeout();

    @RegisterExtension
    static final LocalRuntime LOCAL = new LocalRuntime("abuse");

    @Test
    void connectionsThatAnnounceABodyAndStallNeitherBlockOthersNorStayOpen() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                Socket socket = RawHttp.open(LOCAL.port());
                RawHttp.send(socket, "POST /auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 1000\r\n\r\n{\"cassNumber\":");
                stalled.add(socket);
            }
            long sent = System.nanoTime();

            long started = System.nanoTime();
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(LOCAL.base() + "/_local/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            long tookMillis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(200, health.statusCode());
            assertTrue(tookMillis < 1_000, "health answered in " + tookMillis + " ms beside 12 stalled bodies");
            LOCAL.signIn("100001A"); // the functions' workers are free too: a sign-in is answered 200

            for (Socket socket : stalled) {
                socket.setSoTimeout((int) IDLE_TIMEOUT.plusSeconds(5).toMillis());
                RawHttp.Answer answer = RawHttp.read(socket.getInputStream());
                assertProblem(answer, 408, ProblemType.BASE + "request-timeout");
                assertEquals(-1, socket.getInputStream().read(), "then the connection is closed");
            }
            long closedAfterMillis = (System.nanoTime() - sent) / 1_000_000;
            assertTrue(closedAfterMillis >= IDLE_TIMEOUT.toMillis() - 500, "not before the idle timeout: " + closedAfterMillis + " ms");
            assertTrue(closedAfterMillis < IDLE_TIMEOUT.toMillis() + 3_000, "soon after it: " + closedAfterMillis + " ms");
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void aQueryThatDoesNotDecodeIsA400Problem() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(LOCAL.port(), "GET /profiles?a=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertProblem(answer, 400, ProblemType.BASE + "malformed-request");
        assertEquals("/profiles", JSON.readTree(answer.body()).get("instance").asText());
    }

    @Test
    void aHeaderJettyCannotParseIsA400ProblemToo() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(LOCAL.port(), "GET /_local/health HTTP/1.1\r\nHost: 127.0.0.1\r\nNo colon here\r\n\r\n");
        assertProblem(answer, 400, ProblemType.BASE + "malformed-request");
    }

    @Test
    void threeHundredHeadersAreA431Problem() throws Exception {
        StringBuilder request = new StringBuilder("GET /_local/health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (int i = 0; i < 300; i++) {
            request.append("X-Test-").append(i).append(": ").append(i).append("\r\n");
        }
        RawHttp.Answer answer = RawHttp.exchange(LOCAL.port(), request.append("\r\n").toString());
        assertProblem(answer, 431, ProblemType.BASE + "headers-too-large");
    }

    @Test
    void headersOverTenKilobytesAreA431ProblemFromJettyItself() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(LOCAL.port(), "GET /_local/health HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "X-Big: " + "a".repeat(HttpLimits.DEFAULT.maxHeaderBytes()) + "\r\n\r\n");
        assertProblem(answer, 431, ProblemType.BASE + "headers-too-large");
    }

    @Test
    void anUnknownPathIsA404Problem() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(LOCAL.base() + "/nowhere")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(new RawHttp.Answer(response.statusCode(),
                        Map.of("content-type", response.headers().firstValue("content-type").orElse("")), response.body()),
                404, ProblemType.NOT_FOUND.uri());
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemBeforeAByteOfItIsRead() throws Exception {
        RawHttp.Answer answer = RawHttp.exchange(LOCAL.port(), "POST /auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + (HttpLimits.DEFAULT.maxBodyBytes() + 1) + "\r\n\r\n");
        assertProblem(answer, 413, ProblemType.PAYLOAD_TOO_LARGE.uri());
    }

    static void assertProblem(RawHttp.Answer answer, int status, String type) throws Exception {
        assertEquals(status, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.header("content-type"));
        JsonNode problem = JSON.readTree(answer.body());
        assertEquals(type, problem.get("type").asText());
        assertEquals(status, problem.get("status").asInt());
        assertFalse(problem.get("title").asText().isBlank(), "a Catalan title");
        assertFalse(answer.body().contains("org.eclipse.jetty") || answer.body().contains("Exception"), "no internals: " + answer.body());
    }
}
