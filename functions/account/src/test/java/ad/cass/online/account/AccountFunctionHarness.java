package ad.cass.online.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ad.cass.online.aws.Env;
import ad.cass.online.testing.ApiContract;
import ad.cass.online.testing.Deployed;
import ad.cass.online.testing.Events;
import ad.cass.online.testing.MutableClock;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every integration test of the account function does the same way: a fresh stack on the emulated engines
 * for each test, the function built with template.yaml's environment on a clock the test moves, and calls with
 * the JSON events of {@code events/account}, each answer held to openapi.yaml.
 */
abstract class AccountFunctionHarness {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Where the clock starts unless a test class says otherwise ({@link #start}). */
    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @RegisterExtension
    final Deployed deployed = Deployed.freshForEachTest();

    TestStack stack;
    MutableClock clock;
    AccountApiFunction function;

    /** What the test class stores before the function is built (records, documents); nothing by default. */
    void seed() {
    }

    Instant start() {
        return NOW;
    }

    @BeforeEach
    final void buildTheFunction() {
        stack = deployed.stack();
        seed();
        clock = new MutableClock(start());
        function = functionWith(stack.environment("AccountFunction"));
    }

    /** The function as Lambda builds it, with {@code environment} instead of the template's. */
    AccountApiFunction functionWith(Map<String, String> environment) {
        return Env.with(environment, () -> new AccountApiFunction(AccountApiFunction.Services.fromEnvironment(clock)));
    }

    /** The event of {@code eventFile}, as {@code change} alters it, through {@code to}; the answer checked. */
    static APIGatewayV2HTTPResponse send(AccountApiFunction to, String eventFile, Consumer<APIGatewayV2HTTPEvent> change) {
        APIGatewayV2HTTPEvent event = Events.read("account", eventFile, APIGatewayV2HTTPEvent.class);
        change.accept(event);
        return ApiContract.checked(event, to.handleRequest(event, null));
    }

    APIGatewayV2HTTPResponse send(String eventFile, Consumer<APIGatewayV2HTTPEvent> change) {
        return send(function, eventFile, change);
    }

    /** The event with its body replaced by {@code body}, or as it is when that is null. */
    APIGatewayV2HTTPResponse withBody(String eventFile, String body) {
        return send(eventFile, e -> {
            if (body != null) {
                e.setBody(body);
            }
        });
    }

    /** The event's body as a JSON object, for a test to change a member of. */
    static ObjectNode body(APIGatewayV2HTTPEvent event) {
        try {
            return (ObjectNode) JSON.readTree(event.getBody());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 200 answer's body. */
    static JsonNode ok(APIGatewayV2HTTPResponse response) throws Exception {
        assertEquals(200, response.getStatusCode(), response.getBody());
        return JSON.readTree(response.getBody());
    }
}
