package ad.cass.online.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.local.engines.SamTemplate;
import ad.cass.online.testing.HangingAws;
import ad.cass.online.testing.RefusingAws;
import ad.cass.online.testing.TestStack;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 23's faults, for every function of the HTTP API at once: an event of each, from events/, is handed to it,
 * built as Lambda builds it from template.yaml, with DynamoDB throttling at the SDK's endpoint. No answer is a 500: a
 * route that needs DynamoDB answers a 503 problem with Retry-After, one that does not answers as usual. Then every
 * route event of events/, with S3 slowing down, SES refusing, or the queues unreachable: no 500 either, and each 503
 * with Retry-After.
 */
class EveryRouteUnderFaultsIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static LocalSystem system;
    static RefusingAws throttling;

    @BeforeAll
    static void start() throws Exception {
        system = LocalSystem.start(TestStack.projectRoot().resolve("template.yaml"), Files.createTempDirectory("cass-faults"), null, "faults");
        throttling = RefusingAws.throttlingDynamoDb();
    }

    @AfterAll
    static void stop() throws Exception {
        if (throttling != null) {
            throttling.close();
        }
        if (system != null) {
            system.close();
        }
    }

    /**
     * Each API function's first event file of events/ (an HTTP API request of a route in template.yaml), with its
     * route. One per function: a throttled call costs the SDK's back-off, a couple of seconds, and the suite has a time
     * budget (every route of a function shares its clients and its fault mapping; DeclarantsFaultsIT and
     * LifeCertificatesFaultsIT take every route of theirs).
     */
    static List<Map.Entry<Path, SamTemplate.Route>> routeEvents() throws Exception {
        List<Map.Entry<Path, SamTemplate.Route>> found = new ArrayList<>();
        for (Map.Entry<Path, SamTemplate.Route> e : allRouteEvents()) {
            if (found.stream().noneMatch(f -> f.getValue().functionLogicalId().equals(e.getValue().functionLogicalId()))) {
                found.add(e);
            }
        }
        return found;
    }

    /** Every event file of events/ that is a request of a route in template.yaml, with its route. */
    static List<Map.Entry<Path, SamTemplate.Route>> allRouteEvents() throws Exception {
        List<Map.Entry<Path, SamTemplate.Route>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TestStack.projectRoot().resolve("events"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode event = JSON.readTree(file.toFile());
                // the authorizer's own internal failure is a 500 by design (ListProfilesIT): not a fault of another's
                if ("internal".equals(event.at("/requestContext/authorizer/lambda/authorizerFault").asText(null))) {
                    continue;
                }
                String routeKey = event.path("routeKey").asText("");
                system.template().routes().stream().filter(r -> r.routeKey().equals(routeKey)).findFirst()
                        .ifPresent(r -> found.add(Map.entry(file, r)));
            }
        }
        return found;
    }

    /**
     * DynamoDB hanging, an event of every API function: the call timeout ends each call (300 ms here, 4 s in
     * template.yaml, inside the functions' 10 s), and the answer is a 503 with Retry-After, never a 500 or a Lambda
     * timeout.
     */
    @Test
    void dynamoDbHangingEndsInA503WithinTheCallTimeoutNeverA500() throws Exception {
        try (HangingAws hanging = new HangingAws()) {
            Map<String, String> faulty = new HashMap<>(system.engines().environment());
            faulty.put("AWS_ENDPOINT_URL_DYNAMODB", hanging.endpoint());
            faulty.put("DYNAMODB_MAX_ATTEMPTS", "1");
            faulty.put("DYNAMODB_CALL_TIMEOUT_MS", "300");
            FunctionHost host = new FunctionHost(system.template(), faulty);
            int unavailable = 0;
            for (Map.Entry<Path, SamTemplate.Route> e : routeEvents()) {
                String where = TestStack.projectRoot().relativize(e.getKey()) + " (" + e.getValue().routeKey() + ")";
                long started = System.nanoTime();
                JsonNode answer = JSON.readTree(host.invoke(e.getValue().functionLogicalId(), Files.readString(e.getKey())));
                long tookMs = (System.nanoTime() - started) / 1_000_000;
                int status = answer.path("statusCode").asInt();
                assertNotEquals(500, status, where + ": " + answer.path("body").asText());
                assertTrue(tookMs < 5_000, where + " answered in " + tookMs + " ms");
                if (status == 503) {
                    unavailable++;
                    assertEquals("1", answer.path("headers").path("Retry-After").asText(), where);
                }
            }
            assertTrue(hanging.connections() > 0, "the functions did call it");
            assertTrue(unavailable > 0, "and said so with a 503");
        }
    }

    /**
     * S3, SES and SQS failing in turn, under every route event: whatever a route does with that service (a document
     * stored or checked, a mail sent, a job queued), the answer is never a 500, and a 503 says when to come back.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"S3 slowing down", "SES refusing", "SQS unreachable"})
    void everyRouteEventWithAnotherServiceFailingAnswersNo500(String fault) throws Exception {
        Map<String, String> faulty = new HashMap<>(system.engines().environment());
        RefusingAws refusing = switch (fault) {
            case "S3 slowing down" -> RefusingAws.slowingDownS3();
            case "SES refusing" -> RefusingAws.rejectingSes("anyone@example.ad");
            default -> null;
        };
        try {
            switch (fault) {
                case "S3 slowing down" -> faulty.put("AWS_ENDPOINT_URL_S3", refusing.endpoint());
                case "SES refusing" -> faulty.put("AWS_ENDPOINT_URL_SESV2", refusing.endpoint());
                default -> faulty.put("AWS_ENDPOINT_URL_SQS", RefusingAws.unreachable());
            }
            FunctionHost host = new FunctionHost(system.template(), faulty);
            List<Map.Entry<Path, SamTemplate.Route>> events = allRouteEvents();
            assertTrue(events.size() > 100, "every route event: " + events.size());
            int unavailable = 0;
            for (Map.Entry<Path, SamTemplate.Route> e : events) {
                String where = TestStack.projectRoot().relativize(e.getKey()) + " (" + e.getValue().routeKey() + ")";
                JsonNode answer = JSON.readTree(host.invoke(e.getValue().functionLogicalId(), Files.readString(e.getKey())));
                int status = answer.path("statusCode").asInt();
                assertNotEquals(500, status, fault + ", " + where + ": " + answer.path("body").asText());
                if (status == 503) {
                    unavailable++;
                    assertEquals("1", answer.path("headers").path("Retry-After").asText(), where);
                }
            }
            assertTrue(unavailable > 0, fault + ": some route needs it, and said so with a 503");
        } finally {
            if (refusing != null) {
                refusing.close();
            }
        }
    }

    @Test
    void noRouteAnswersA500AndEachThatNeedsDynamoDbA503WithRetryAfter() throws Exception {
        Map<String, String> faulty = new HashMap<>(system.engines().environment());
        faulty.put("AWS_ENDPOINT_URL_DYNAMODB", throttling.endpoint());
        faulty.put("DYNAMODB_MAX_ATTEMPTS", "1"); // no retry: each throttled call fails at once (the SDK's retry is FaultsIT's)
        FunctionHost host = new FunctionHost(system.template(), faulty);
        List<Map.Entry<Path, SamTemplate.Route>> events = routeEvents();
        assertTrue(events.size() >= 10, "an event of every API function: " + events.size());
        int unavailable = 0;
        List<String> functions = new ArrayList<>();
        for (Map.Entry<Path, SamTemplate.Route> e : events) {
            String where = TestStack.projectRoot().relativize(e.getKey()) + " (" + e.getValue().routeKey() + ")";
            JsonNode answer = JSON.readTree(host.invoke(e.getValue().functionLogicalId(), Files.readString(e.getKey())));
            int status = answer.path("statusCode").asInt();
            assertNotEquals(500, status, where + ": " + answer.path("body").asText());
            if (status == 503) {
                unavailable++;
                assertEquals("1", answer.path("headers").path("Retry-After").asText(), where);
                assertEquals("https://online.cass.ad/problems/service-unavailable",
                        JSON.readTree(answer.path("body").asText()).path("type").asText(), where);
            }
            if (!functions.contains(e.getValue().functionLogicalId())) {
                functions.add(e.getValue().functionLogicalId());
            }
        }
        // some first events are refused before any read (a body missing, a field wrong): 4xx as usual
        assertTrue(unavailable * 2 > events.size(), unavailable + " of " + events.size() + " were 503: DynamoDB is on most paths");
        assertTrue(functions.size() >= 10, "every API function: " + functions);
    }
}
