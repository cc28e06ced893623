package ad.cass.online.declarants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.declarants.DynamoDeclarantStore;
import ad.cass.online.testing.Deployed;
import ad.cass.online.testing.FunctionCalls;
import ad.cass.online.testing.RefusingAws;
import ad.cass.online.testing.TestDeclarants;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 23's faults, for the declarant function built as Lambda builds it: DynamoDB throttling, or nothing listening,
 * is a 503 problem with Retry-After on every route, nothing is half-written, and the same request afterwards succeeds.
 */
class DeclarantsFaultsIT {
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final Deployed deployed = Deployed.freshForEachTest();

    FunctionCalls functionWithDynamoDbAt(String endpoint) {
        TestStack stack = deployed.stack();
        Map<String, String> env = new HashMap<>(stack.environment("DeclarantsFunction"));
        if (endpoint != null) {
            env.put("AWS_ENDPOINT_URL_DYNAMODB", endpoint);
            env.put("DYNAMODB_MAX_ATTEMPTS", "2");
        }
        Clock clock = Clock.fixed(TestDeclarants.NOW, ZoneOffset.UTC);
        return new FunctionCalls("declarants", Env.with(env,
                () -> new DeclarantsApiFunction(DeclarantsApiFunction.Services.fromEnvironment(clock))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"declarant.json", "contributions.json", "declare.json", "payments.json", "pay.json",
            "incapacities.json", "employees.json", "hire.json", "leave.json", "change.json", "own-account-base.json"})
    void throttlingIsA503WithRetryAfterOnEveryRoute(String event) throws Exception {
        TestDeclarants.seed(deployed.stack());
        try (RefusingAws throttling = RefusingAws.throttlingDynamoDb()) {
            APIGatewayV2HTTPResponse response = functionWithDynamoDbAt(throttling.endpoint()).call(event, e -> { });
            assertEquals(503, response.getStatusCode(), response.getBody());
            assertEquals("1", response.getHeaders().get("Retry-After"));
            assertEquals("https://online.cass.ad/problems/service-unavailable", JSON.readTree(response.getBody()).get("type").asText());
        }
    }

    /** Nothing half-written: the declaration refused by a DynamoDB down is not there, and made again it is, once. */
    @Test
    void aDeclarationRefusedByAnUnreachableDynamoDbSucceedsAfterwards() throws Exception {
        TestDeclarants.seed(deployed.stack());
        APIGatewayV2HTTPResponse refused = functionWithDynamoDbAt(RefusingAws.unreachable()).call("declare.json", e -> { });
        assertEquals(503, refused.getStatusCode(), refused.getBody());
        DynamoDeclarantStore store = new DynamoDeclarantStore(deployed.stack().dynamo(), deployed.stack().name("RecordsTable"));
        assertTrue(store.sheets("940220").stream().noneMatch(s -> s.period().toString().equals("2026-11")), "nothing written");

        APIGatewayV2HTTPResponse declared = functionWithDynamoDbAt(null).call("declare.json", e -> { });
        assertEquals(201, declared.getStatusCode(), declared.getBody());
        assertEquals(1, store.sheets("940220").stream().filter(s -> s.period().toString().equals("2026-11")).count());
    }
}
