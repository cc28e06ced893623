package ad.cass.online.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ad.cass.online.aws.http.ProblemType;
import ad.cass.online.testing.ApiContract;
import ad.cass.online.testing.Deployed;
import ad.cass.online.testing.Events;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 4, "Bad input and faults": malformed JSON, missing or oversized fields, wrong types and control
 * characters on every route of the auth function give a 400 problem naming the field, never a 5xx. Each
 * case is a route's own event file with its body replaced.
 */
class BadInputIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "A".repeat(43);
    static AuthApiFunction function;

    @RegisterExtension
    static final Deployed STACK = Deployed.withPeople();

    @BeforeAll
    static void build() {
        TestStack stack = STACK.stack();
        function = stack.build("AuthFunction", AuthApiFunction::new);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("login-contract.json", "{}", "contractNumber"),
                Arguments.of("login-contract.json", "{\"contractNumber\":\"CD-0451-2019\"}", "password"),
                Arguments.of("login-contract.json", "{\"contractNumber\":\"" + "C".repeat(200) + "\",\"password\":\"x\"}", "contractNumber"),
                Arguments.of("login-contract.json", "{\"contractNumber\":\"CD-0451-2019\",\"password\":\"" + "p".repeat(5000) + "\"}", "password"),
                Arguments.of("login-contract.json", "{\"contractNumber\":[\"CD-0451-2019\"],\"password\":\"x\"}", "contractNumber"),
                Arguments.of("login-contract.json", "{\"contractNumber\":\"CD-0451-2019\",\"password\":\"a\\u0007b\"}", "password"),
                Arguments.of("pin-reset-request.json", "{}", "cassNumber"),
                Arguments.of("pin-reset-request.json", "{\"cassNumber\":\"100001A\"}", "email"),
                Arguments.of("pin-reset-request.json", "{\"cassNumber\":\"100001A\",\"email\":\"" + "e".repeat(300) + "@example.ad\"}", "email"),
                Arguments.of("pin-reset-request.json", "{\"cassNumber\":\"100001A\",\"email\":{\"to\":\"a@b.ad\"}}", "email"),
                Arguments.of("pin-reset-request.json", "{\"cassNumber\":1000011,\"email\":\"a@b.ad\"}", "cassNumber"),
                Arguments.of("pin-reset-request.json", "{\"cassNumber\":\"100001A\",\"email\":\"a@b.ad\\r\\nBcc: x@y.ad\"}", "email"),
                Arguments.of("pin-reset-confirm.json", "{}", "token"),
                Arguments.of("pin-reset-confirm.json", "{\"token\":42,\"newPin\":\"Nou-PIN-segur-2026\"}", "token"),
                Arguments.of("pin-reset-confirm.json", "{\"token\":\"" + TOKEN + "A\",\"newPin\":\"Nou-PIN-segur-2026\"}", "token"),
                Arguments.of("pin-reset-confirm.json", "{\"token\":\"" + TOKEN + "\"}", "newPin"),
                Arguments.of("pin-reset-confirm.json", "{\"token\":\"" + TOKEN + "\",\"newPin\":12345678}", "newPin"),
                Arguments.of("pin-reset-confirm.json", "{\"token\":\"" + TOKEN + "\",\"newPin\":\"" + "n".repeat(5000) + "\"}", "newPin"),
                Arguments.of("pin-reset-confirm.json", "{\"token\":\"" + TOKEN.substring(1) + "\\u0000\",\"newPin\":\"Nou-PIN-segur-2026\"}", "token"),
                Arguments.of("switch-profile.json", "{}", "profileId"),
                Arguments.of("switch-profile.json", "{\"profileId\":7}", "profileId"),
                Arguments.of("switch-profile.json", "{\"profileId\":\"" + "d".repeat(500) + "\"}", "profileId"),
                Arguments.of("switch-profile.json", "{\"profileId\":\"own:100001A\\u001b\"}", "profileId"),
                Arguments.of("switch-profile.json", "[\"own:100001A\"]", "body"),
                Arguments.of("switch-profile.json", "{\"profileId\":", "body"),
                Arguments.of("logout.json", "{\"profileId\":", null)); // logout reads no body: a 204 whatever it holds
    }

    @ParameterizedTest(name = "{0} with {1} → 400 naming {2}")
    @MethodSource("cases")
    void everyRouteNamesTheFieldItRefuses(String eventFile, String body, String field) throws Exception {
        APIGatewayV2HTTPEvent event = Events.read("auth", eventFile, APIGatewayV2HTTPEvent.class);
        event.setBody(body);
        event.setIsBase64Encoded(false);
        APIGatewayV2HTTPResponse response = ApiContract.checked(event, function.handleRequest(event, null));
        if (field == null) {
            assertEquals(204, response.getStatusCode(), response.getBody());
            return;
        }
        assertEquals(400, response.getStatusCode(), response.getBody());
        JsonNode problem = JSON.readTree(response.getBody());
        assertEquals(ProblemType.INVALID_INPUT.uri(), problem.get("type").asText());
        assertEquals(field, problem.get("field").asText(), response.getBody());
    }
}
