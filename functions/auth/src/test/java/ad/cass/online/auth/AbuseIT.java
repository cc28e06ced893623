package ad.cass.online.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.http.ProblemType;
import ad.cass.online.testing.ApiContract;
import ad.cass.online.testing.Deployed;
import ad.cass.online.testing.Events;
import ad.cass.online.testing.MutableClock;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 16, item 7: one client can no longer use up sign-in for everyone. Each source address has its own
 * allowance on the public routes (template.yaml: 30 sign-in attempts a minute, 20 recovery requests an
 * hour), counted in the Limits table, whatever the requests carry.
 */
class AbuseIT {
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final Deployed deployed = Deployed.freshForEachTest();

    TestStack stack;
    AuthApiFunction function;

    @BeforeEach
    void build() {
        stack = deployed.stack();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T14:00:15Z")); // 45 s left in the minute
        Map<String, String> env = new HashMap<>(stack.environment("AuthFunction"));
        env.put("PIN_RESET_MIN_MILLIS", "0"); // the answer floor is PinResetApiIT's; here it would only add 20 s
        function = Env.with(env, () -> new AuthApiFunction(AuthApiFunction.Services.fromEnvironment(clock)));
    }

    APIGatewayV2HTTPResponse call(String eventFile, String sourceIp) {
        APIGatewayV2HTTPEvent event = Events.read("auth", eventFile, APIGatewayV2HTTPEvent.class);
        event.getRequestContext().getHttp().setSourceIp(sourceIp);
        return ApiContract.checked(event, function.handleRequest(event, null));
    }

    static void assertTooManyRequests(APIGatewayV2HTTPResponse response, String retryAfter) throws Exception {
        assertEquals(429, response.getStatusCode());
        assertEquals("application/problem+json", response.getHeaders().get("Content-Type"));
        assertEquals(retryAfter, response.getHeaders().get("Retry-After"));
        JsonNode problem = JSON.readTree(response.getBody());
        assertEquals(ProblemType.TOO_MANY_REQUESTS.uri(), problem.get("type").asText());
        assertEquals("Massa peticions", problem.get("title").asText());
    }

    @Test
    void theThirtyFirstSignInAttemptOfAMinuteFromOneAddressIsRefusedAndNoOtherAddressIsHeldBack() throws Exception {
        for (int i = 0; i < 30; i++) { // whatever they carry: unknown numbers, malformed bodies, contracts
            String event = i % 3 == 0 ? "login-unknown-number.json" : i % 3 == 1 ? "login-malformed-json.json" : "login-contract-unknown.json";
            int status = call(event, "198.51.100.7").getStatusCode();
            assertTrue(status == 401 || status == 400, event + " -> " + status);
        }
        assertTooManyRequests(call("login.json", "198.51.100.7"), "45");
        assertTooManyRequests(call("login-contract.json", "198.51.100.7"), "45");
        assertEquals(200, call("login.json", "198.51.100.8").getStatusCode(), "the person next door signs in");
        assertEquals(202, call("pin-reset-request.json", "198.51.100.7").getStatusCode(), "recovery counts apart");
    }

    @Test
    void anIpv6ClientCannotEscapeByChangingItsInterfaceIdentifier() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertEquals(202, call("pin-reset-request-unknown-number.json", "2001:db8:aa:1::" + Integer.toHexString(i + 1)).getStatusCode());
        }
        assertTooManyRequests(call("pin-reset-request.json", "2001:db8:aa:1:ffff:ffff:ffff:ffff"), "3585"); // same /64
        assertEquals(202, call("pin-reset-request.json", "2001:db8:aa:2::1").getStatusCode(), "the next /64 is someone else");
    }
}
