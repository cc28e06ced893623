package ad.cass.online.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.testing.CapturedLogs;
import ad.cass.online.testing.Events;
import ad.cass.online.notices.NoticesQueueFunction;
import ad.cass.online.testing.TestMail;
import ad.cass.online.testing.TestQueues;
import ad.cass.online.testing.TestPeople;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DEVELOPERS.md: logs never hold a PIN, a token, an IBAN or a full CASS number. Every sign-in flow runs
 * with all our logging captured at every level, and none of those secrets may appear in it.
 */
class LogHygieneIT {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noSecretEverReachesTheLogs() throws Exception {
        TestStack stack = TestStack.create();
        TestPeople.save(stack);
        AuthApiFunction auth = stack.build("AuthFunction", AuthApiFunction::new);
        List<String> secrets = new ArrayList<>(List.of(TestPeople.PIN, "Demo-2025!", "Nou-PIN-segur-2026", "100001A",
                "100004D", "999999Z", "jordi.vidal@example.ad", "CD-0451-2019"));
        String logs;
        try (CapturedLogs captured = new CapturedLogs()) {
            APIGatewayV2HTTPResponse login = auth.handleRequest(Events.read("auth", "login.json", APIGatewayV2HTTPEvent.class), null);
            secrets.add(JSON.readTree(login.getBody()).get("token").asText());
            for (int i = 0; i < 6; i++) { // five wrong PINs lock, the sixth is refused while locked
                auth.handleRequest(Events.read("auth", "login-wrong-pin.json", APIGatewayV2HTTPEvent.class), null);
            }
            auth.handleRequest(Events.read("auth", "login-unknown-number.json", APIGatewayV2HTTPEvent.class), null);
            auth.handleRequest(Events.read("auth", "login-contract.json", APIGatewayV2HTTPEvent.class), null);
            auth.handleRequest(Events.read("auth", "pin-reset-request.json", APIGatewayV2HTTPEvent.class), null);
            // the notices function's lines count too: it mails the lock notice and the link
            TestQueues.deliver(stack, "NoticeQueue", stack.build("NoticesFunction", NoticesQueueFunction::new));
            var mails = TestMail.to("jordi.vidal@example.ad");
            String resetToken = mails.get(mails.size() - 1).get("text").split("token=")[1].split("\\s")[0];
            secrets.add(resetToken);
            APIGatewayV2HTTPEvent confirm = Events.read("auth", "pin-reset-confirm.json", APIGatewayV2HTTPEvent.class);
            confirm.setBody("{\"token\":\"" + resetToken + "\",\"newPin\":\"Nou-PIN-segur-2026\"}");
            assertEquals(204, auth.handleRequest(confirm, null).getStatusCode());
            logs = captured.text();
        }
        assertTrue(logs.contains("locked"), "the flows did log (the lock at least):\n" + logs);
        assertTrue(logs.contains("****01A"), "people appear masked");
        for (String secret : secrets) {
            assertFalse(logs.contains(secret), "the logs hold " + secret + ":\n" + logs);
        }
    }
}
