package ad.cass.online.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.http.ProblemType;
import ad.cass.online.local.engines.LocalContext;
import ad.cass.online.testing.ApiContract;
import ad.cass.online.testing.SlowAws;
import ad.cass.online.testing.Events;
import ad.cass.online.testing.RefusingAws;
import ad.cass.online.testing.TestPeople;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the person sees when AWS misbehaves: the real SDK clients facing a throttling DynamoDB or no SES. */
class FaultsIT {
    /** Seed 000, §1.1.3: the same words whatever the match, with the validity template.yaml sets (120 minutes). */
    static final String RESET_REQUESTED = "Si les dades coincideixen amb les que consten a la CASS, rebreu un correu "
            + "electrònic amb un enllaç per activar el PIN. L'enllaç és vàlid durant 120 minuts.";

    static final ObjectMapper JSON = new ObjectMapper();

    /** A PIN login by the auth function built as Lambda builds it, its DynamoDB at {@code endpoint}. */
    static APIGatewayV2HTTPResponse loginWithDynamoDbAt(TestStack stack, String endpoint, Context context) {
        Map<String, String> env = new HashMap<>(stack.environment("AuthFunction"));
        env.put("AWS_ENDPOINT_URL_DYNAMODB", endpoint);
        AuthApiFunction function = ad.cass.online.aws.Env.with(env, AuthApiFunction::new);
        APIGatewayV2HTTPEvent event = Events.read("auth", "login.json", APIGatewayV2HTTPEvent.class);
        return ApiContract.checked(event, function.handleRequest(event, context));
    }

    static void assertUnavailable(APIGatewayV2HTTPResponse response) throws Exception {
        assertEquals(503, response.getStatusCode(), response.getBody());
        assertEquals("1", response.getHeaders().get("Retry-After"));
        assertEquals(ProblemType.SERVICE_UNAVAILABLE.uri(), JSON.readTree(response.getBody()).get("type").asText());
    }

    @Test
    void dynamoDbThrottlingIsA503WithRetryAfter() throws Exception {
        try (RefusingAws throttling = RefusingAws.throttlingDynamoDb()) {
            APIGatewayV2HTTPResponse response = loginWithDynamoDbAt(TestStack.create(), throttling.endpoint(), null);
            assertUnavailable(response);
            assertFalse(response.getBody().contains("provisioned throughput"), "no internal detail");
            assertTrue(throttling.calls() > 1, "the SDK retried before giving up");
        }
    }

    /** Issue 16, item 1: DynamoDB unreachable (connection refused) is a 503 with Retry-After, not a 500. */
    @Test
    void aRefusedConnectionToDynamoDbIs503WithRetryAfter() throws Exception {
        assertUnavailable(loginWithDynamoDbAt(TestStack.create(), RefusingAws.unreachable(), null));
    }

    /**
     * Issue 16, item 3: DynamoDB answering in 3.5 s a call, under the 4 s per-call timeout, took a login to
     * 14 s, past the function's 10 s: on AWS a bare gateway error. The request's deadline (what the Lambda
     * context leaves) bounds every call, so the function answers 503 with Retry-After in time.
     */
    @Test
    void aSlowDynamoDbAnswers503BeforeTheFunctionTimesOut() throws Exception {
        TestStack stack = TestStack.create();
        TestPeople.save(stack);
        try (SlowAws slow = new SlowAws(stack.engines().dynamoEndpoint(), Duration.ofMillis(3500))) {
            Duration timeout = Duration.ofSeconds(stack.template().function("AuthFunction").timeout());
            long started = System.nanoTime();
            APIGatewayV2HTTPResponse response = loginWithDynamoDbAt(stack, slow.endpoint(),
                    LocalContext.of("AuthFunction", 1024, (int) timeout.toSeconds()));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertUnavailable(response);
            assertTrue(took.compareTo(timeout) < 0, "answered in " + took + ", within the function's " + timeout);
        }
    }

    @Test
    void aNoticeQueueThatCannotBeReachedStillAnswers202AndLeavesNoUsableLink() throws Exception {
        TestStack stack = TestStack.create();
        TestPeople.save(stack);
        Map<String, String> env = new HashMap<>(stack.environment("AuthFunction"));
        // the request never meets SES (NoticesFunction mails, issue 16 item 8); the queue is its only way out
        env.put("AWS_ENDPOINT_URL_SQS", RefusingAws.unreachable());
        AuthApiFunction function = ad.cass.online.aws.Env.with(env, AuthApiFunction::new);
        APIGatewayV2HTTPEvent event = Events.read("auth", "pin-reset-request.json", APIGatewayV2HTTPEvent.class);
        APIGatewayV2HTTPResponse response = ApiContract.checked(event, function.handleRequest(event, null));
        assertEquals(202, response.getStatusCode());
        assertEquals(JSON.writeValueAsString(java.util.Map.of("message", RESET_REQUESTED)), response.getBody());
        assertTrue(stack.dynamo().scan(r -> r.tableName(stack.name("PeopleTable"))).items().stream()
                .noneMatch(i -> i.get("pk").s().startsWith("PINRESET#") || i.get("sk").s().equals("CREDENTIAL#PINRESET")));
    }
}
