package ad.cass.online.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.http.ProblemType;
import ad.cass.online.testing.ApiContract;
import ad.cass.online.testing.Deployed;
import ad.cass.online.testing.EmfLines;
import ad.cass.online.testing.Events;
import ad.cass.online.testing.MutableClock;
import ad.cass.online.notices.NoticesQueueFunction;
import ad.cass.online.testing.TestMail;
import ad.cass.online.testing.TestQueues;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * POST /auth/pin-reset and /auth/pin-reset/confirm through the function, driven by events/auth/pin-reset-*.json,
 * with the template's environment (PORTAL_URL, 120 minutes) and a clock the test moves.
 */
class PinResetApiIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern LINK = Pattern.compile("https://online\\.cass\\.ad/pt/password-reset\\?token=([A-Za-z0-9_-]{43})");

    TestStack stack;
    MutableClock clock;
    AuthApiFunction function;

    @RegisterExtension
    final Deployed deployed = Deployed.freshForEachTest();

    @BeforeEach
    void build() {
        stack = deployed.stack();
        clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        function = Env.with(stack.environment("AuthFunction"),
                () -> new AuthApiFunction(AuthApiFunction.Services.fromEnvironment(clock)));
    }

    APIGatewayV2HTTPResponse call(String eventFile) {
        APIGatewayV2HTTPEvent event = Events.read("auth", eventFile, APIGatewayV2HTTPEvent.class);
        return ApiContract.checked(event, function.handleRequest(event, null));
    }

    APIGatewayV2HTTPResponse confirm(String token, String newPin) {
        APIGatewayV2HTTPEvent event = Events.read("auth", "pin-reset-confirm.json", APIGatewayV2HTTPEvent.class);
        event.setBody("{\"token\":\"" + token + "\",\"newPin\":\"" + newPin + "\"}");
        return ApiContract.checked(event, function.handleRequest(event, null));
    }

    /** What Lambda's event source does between the request and the mail: the notices function runs. */
    void noticesDelivered() {
        TestQueues.deliver(stack, "NoticeQueue", stack.build("NoticesFunction", NoticesQueueFunction::new));
    }

    String tokenFromTheLastMail() {
        noticesDelivered();
        List<Map<String, String>> mails = TestMail.to("jordi.vidal@example.ad");
        Matcher m = LINK.matcher(mails.get(mails.size() - 1).get("text"));
        assertTrue(m.find(), "the e-mail links to {PORTAL_URL}/pt/password-reset?token=…");
        return m.group(1);
    }

    @Test
    void everyRequestGetsTheSame202WhateverTheMatch() throws Exception {
        int mailsBefore = TestMail.total();
        APIGatewayV2HTTPResponse match = call("pin-reset-request.json");
        APIGatewayV2HTTPResponse otherEmail = call("pin-reset-request-other-email.json");
        APIGatewayV2HTTPResponse unknown = call("pin-reset-request-unknown-number.json");
        for (APIGatewayV2HTTPResponse r : List.of(match, otherEmail, unknown)) {
            assertEquals(202, r.getStatusCode());
            assertEquals(match.getBody(), r.getBody());
        }
        assertTrue(JSON.readTree(match.getBody()).get("message").asText().contains("120 minuts"));
        assertEquals(mailsBefore, TestMail.total(), "the answer never waits for the mail (issue 16, item 8)");
        noticesDelivered();
        assertEquals(mailsBefore + 1, TestMail.total(), "only the match is mailed");
    }

    @Test
    void theMailedLinkWorksAt119MinutesOnce() throws Exception {
        call("pin-reset-request.json");
        String token = tokenFromTheLastMail();
        clock.advance(Duration.ofMinutes(119));
        APIGatewayV2HTTPResponse[] again = new APIGatewayV2HTTPResponse[1];
        List<JsonNode> used = EmfLines.during(() -> {
            assertEquals(204, confirm(token, "Nou-PIN-segur-2026").getStatusCode());
            again[0] = confirm(token, "Nou-PIN-segur-2027");
        });
        assertEquals(400, again[0].getStatusCode());
        assertEquals(1, EmfLines.total(used, "PinResetLinksUsed"), "issue 23: the link used once, counted once");
        APIGatewayV2HTTPResponse unknown = confirm("UGFzdGUtdGhlLXRva2VuLWZyb20tdGhlLWUtbWFpbC1", "Nou-PIN-segur-2027");
        assertEquals(again[0].getBody(), unknown.getBody(), "used and unknown links: the same 400 problem");
        assertEquals("token", JSON.readTree(again[0].getBody()).get("field").asText());
    }

    @Test
    void at121MinutesTheLinkHasExpired() throws Exception {
        call("pin-reset-request.json");
        String token = tokenFromTheLastMail();
        clock.advance(Duration.ofMinutes(121));
        APIGatewayV2HTTPResponse response = confirm(token, "Nou-PIN-segur-2026");
        assertEquals(410, response.getStatusCode());
        JsonNode problem = JSON.readTree(response.getBody());
        assertEquals(ProblemType.LINK_EXPIRED.uri(), problem.get("type").asText());
        assertEquals("Enllaç caducat", problem.get("title").asText());
        assertTrue(problem.get("detail").asText().contains("Torneu a sol·licitar"));
    }

    @Test
    void badInputNamesTheField() throws Exception {
        assertEquals("email", JSON.readTree(call("pin-reset-request-bad-email.json").getBody()).get("field").asText());
        APIGatewayV2HTTPResponse shortToken = call("pin-reset-confirm-short-token.json");
        assertEquals(400, shortToken.getStatusCode());
        assertEquals("token", JSON.readTree(shortToken.getBody()).get("field").asText());
        call("pin-reset-request.json");
        APIGatewayV2HTTPResponse weak = confirm(tokenFromTheLastMail(), "12345678");
        assertEquals(400, weak.getStatusCode());
        assertEquals("newPin", JSON.readTree(weak.getBody()).get("field").asText());
    }
}
