package ad.cass.online.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An AWS endpoint that refuses every call the way the service does, so the real SDK client (its retries,
 * its exception, its message) meets the failure as it would on AWS. Point AWS_ENDPOINT_URL_&lt;SERVICE&gt; at it.
 */
public final class RefusingAws implements AutoCloseable {
    private final HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();

    private RefusingAws(String contentType, String errorType, int status, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            calls.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.getResponseHeaders().set("x-amzn-ErrorType", errorType);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    /** A DynamoDB table over its capacity, on every call. */
    public static RefusingAws throttlingDynamoDb() {
        return new RefusingAws("application/x-amz-json-1.0", "ProvisionedThroughputExceededException", 400,
                "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\","
                        + "\"message\":\"The level of configured provisioned throughput for the table was exceeded.\"}");
    }

    /** SES v2 refusing a message, with the words it really uses, which name the recipient. */
    public static RefusingAws rejectingSes(String recipient) {
        return new RefusingAws("application/json", "MessageRejected", 400,
                "{\"message\":\"Email address is not verified. The following identities failed the check in region "
                        + "EU-WEST-1: " + recipient + "\"}");
    }

    /** S3 asking the client to slow down, as it does under load (HTTP 503, code SlowDown). */
    public static RefusingAws slowingDownS3() {
        return new RefusingAws("application/xml", "SlowDown", 503,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>SlowDown</Code>"
                        + "<Message>Please reduce your request rate.</Message></Error>");
    }

    /** An endpoint nothing listens on: every connection to it is refused, as when a service is unreachable. */
    public static String unreachable() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort(); // free now, and nothing listens on it once closed
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A DynamoDB client as the functions build it, but at {@code endpoint} (a refusing one, or nothing listening), with
     * two attempts: the store tests' way to see a passing failure become Unavailable.
     */
    public static software.amazon.awssdk.services.dynamodb.DynamoDbClient dynamoAt(String endpoint) {
        java.util.Map<String, String> env = new java.util.HashMap<>(TestEngines.get().environment());
        env.put("AWS_ENDPOINT_URL_DYNAMODB", endpoint);
        env.put("DYNAMODB_MAX_ATTEMPTS", "2");
        return ad.cass.online.aws.Env.with(env, ad.cass.online.aws.dynamodb.DynamoDbClients::create);
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int calls() {
        return calls.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
