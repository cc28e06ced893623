package ad.cass.online.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 23, "Bad input over HTTP on the local runtime": deep JSON, bytes that are not UTF-8, the wrong content type,
 * an unknown method, path traversal in an id, a query parameter given twice, a very long token. Each is answered a
 * 4xx RFC 9457 problem of a type the contract (or the runtime) names, within a second, and the runtime is unaffected:
 * its health and a signed-in read answer as before.
 */
class HostileRequestsIT {
    @RegisterExtension
    static final LocalRuntime LOCAL = new LocalRuntime("hostile");
    static String token;

    @BeforeAll
    static void signIn() throws Exception {
        token = LOCAL.signIn("100001A");
    }

    /** The request each case sends, as raw bytes of HTTP/1.1 (what a hostile client writes, not what a library would). */
    static byte[] request(String what) {
        String auth = "Authorization: Bearer " + token + "\r\n";
        return switch (what) {
            case "deep JSON" -> post("/contact", auth, "application/json", ("[".repeat(5_000) + "]".repeat(5_000)).getBytes(StandardCharsets.US_ASCII));
            case "bytes that are not UTF-8" -> post("/contact", auth + "Idempotency-Key: hostile-utf8-0001\r\n", "application/json",
                    concat("{\"subject\":\"Consulta ".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xff, (byte) 0xfe},
                            "\",\"message\":\"Hola\",\"replyEmail\":\"jordi.vidal@example.ad\",\"conditionsAccepted\":true}"
                                    .getBytes(StandardCharsets.US_ASCII)));
            case "the wrong content type" -> post("/auth/login", "", "text/plain", "cassNumber=100001A&pin=x".getBytes(StandardCharsets.US_ASCII));
            case "an unknown method" -> ("DELETE /profiles HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "\r\n").getBytes(StandardCharsets.US_ASCII);
            case "an unknown path" -> ("GET /admin/.env HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "\r\n").getBytes(StandardCharsets.US_ASCII);
            case "dots in an id" -> ("GET /procedures/../../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            case "encoded dots in an id" -> ("GET /procedures/..%2F..%2Fetc%2Fpasswd HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            case "a query parameter twice" -> ("GET /income?period=3m&period=12m HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            case "a very long token" -> ("GET /profiles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + "a".repeat(7_000)
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            default -> throw new IllegalArgumentException(what);
        };
    }

    static byte[] post(String path, String headers, String contentType, byte[] body) {
        return concat(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "Content-Type: " + contentType
                + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
    }

    static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "deep JSON,                400, https://online.cass.ad/problems/invalid-input",
            "bytes that are not UTF-8, 400, https://online.cass.ad/problems/invalid-input",
            "the wrong content type,   415, https://online.cass.ad/problems/unsupported-media-type",
            "an unknown method,        404, https://online.cass.ad/problems/not-found",
            "an unknown path,          404, https://online.cass.ad/problems/not-found",
            "dots in an id,            400, https://online.cass.ad/problems/malformed-request",
            "encoded dots in an id,    400, https://online.cass.ad/problems/malformed-request",
            "a query parameter twice,  400, https://online.cass.ad/problems/invalid-input",
            "a very long token,        401, https://online.cass.ad/problems/unauthenticated"})
    void eachIsAFastProblemAndTheRuntimeIsUnaffected(String what, int status, String type) throws Exception {
        long started = System.nanoTime();
        RawHttp.Answer answer = RawHttp.exchange(LOCAL.port(), new String(request(what), StandardCharsets.ISO_8859_1));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(status, answer.status(), what + ": " + answer.body());
        assertEquals("application/problem+json", answer.header("content-type"), what);
        JsonNode problem = LocalRuntime.JSON.readTree(answer.body());
        assertEquals(type, problem.get("type").asText(), answer.body());
        assertFalse(answer.body().contains("Exception") || answer.body().contains("at ad.cass"), "no internals: " + answer.body());
        assertTrue(took.compareTo(Duration.ofSeconds(1)) < 0, what + " took " + took.toMillis() + " ms");

        assertEquals(200, LOCAL.send("GET", "/_local/health", null, null).statusCode(), "the runtime, after " + what);
        // held to the contract by send
        assertEquals(200, LOCAL.send("GET", "/profiles", token, null).statusCode(), "a signed-in read, after " + what);
    }
}
