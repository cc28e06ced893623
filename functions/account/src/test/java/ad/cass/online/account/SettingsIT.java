package ad.cass.online.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.notices.NoticesQueueFunction;
import ad.cass.online.testing.Events;
import ad.cass.online.testing.TestMail;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Settings (seed 000 §2.2.3) over HTTP, and the e-mails that follow the chosen language. */
class SettingsIT extends AccountFunctionHarness {
    APIGatewayV2HTTPResponse call(String eventFile, String body) {
        return withBody(eventFile, body);
    }

    @Test
    void theDefaultsAreCatalanAndNormalTextAndAChangeIsTheSignedInPersonsWhateverTheProfile() throws Exception {
        assertEquals(Map.of("textSize", "normal", "language", "ca"), JSON.readValue(call("settings.json", null).getBody(), Map.class));
        assertEquals(Map.of("textSize", "larger", "language", "es"), JSON.readValue(call("settings-change.json", null).getBody(), Map.class));
        assertEquals(Map.of("textSize", "larger", "language", "es"), JSON.readValue(call("settings-as-dependant.json", null).getBody(), Map.class),
                "acting for Laia, Jordi keeps his own settings");
    }

    @Test
    void theMailsFollowTheChosenLanguage() throws Exception {
        call("settings-change.json", "{\"textSize\":\"normal\",\"language\":\"fr\"}");
        NoticesQueueFunction notices = stack.build("NoticesFunction", NoticesQueueFunction::new);
        int before = TestMail.to("jordi.vidal@example.ad").size();
        assertTrue(notices.handleRequest(Events.read("notices", "pin-locked.json", SQSEvent.class), null).getBatchItemFailures().isEmpty());
        List<Map<String, String>> mails = TestMail.to("jordi.vidal@example.ad");
        assertEquals(before + 1, mails.size());
        assertEquals("CASS Online : accès bloqué temporairement", mails.get(mails.size() - 1).get("subject"));
        assertTrue(mails.get(mails.size() - 1).get("text").contains("bloqué jusqu'au 30/11/2026 à 15:20"));
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"textSize\":\"huge\",\"language\":\"ca\"} | textSize",
            "{\"textSize\":\"normal\",\"language\":\"de\"} | language",
            "{\"language\":\"ca\"} | textSize"})
    void anUnknownSettingIsABadRequestNamingIt(String body, String field) throws Exception {
        APIGatewayV2HTTPResponse response = call("settings-change.json", body);
        assertEquals(400, response.getStatusCode());
        assertEquals(field, JSON.readTree(response.getBody()).get("field").asText());
        assertEquals(Map.of("textSize", "normal", "language", "ca"), JSON.readValue(call("settings.json", null).getBody(), Map.class));
    }
}
