package ad.cass.online.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GET /access-log (issue 17), driven by events/account/*.json, with the template's environment: every access the
 * guard lets through is in the subject's log, by whom and in which capacity; a refused one leaves nothing.
 */
class AccessLogIT extends AccountFunctionHarness {
    /** A second apart, so entries sort as they happened. */
    APIGatewayV2HTTPResponse call(String eventFile, Map<String, String> query) {
        clock.advance(Duration.ofSeconds(1));
        return send(eventFile, e -> {
            if (query != null) {
                e.setQueryStringParameters(query);
            }
        });
    }

    JsonNode page(String eventFile, Map<String, String> query) throws Exception {
        return ok(call(eventFile, query));
    }

    @Test
    void aDependantSeesWhenHerHolderReadHerDataAndInWhichCapacity() throws Exception {
        page("access-log-as-dependant.json", null); // Jordi, acting for Laia
        JsonNode laias = page("access-log-laia.json", null); // Laia, with her own access
        assertEquals(List.of("100003C", "100001A"), laias.get("entries").findValuesAsText("actor"), "newest first");
        assertEquals(List.of("SELF", "HOLDER"), laias.get("entries").findValuesAsText("capacity"));
        JsonNode holder = laias.get("entries").get(1);
        assertEquals("GET /access-log", holder.get("route").asText());
        assertEquals("READ", holder.get("operation").asText());
        assertEquals("[\"PERSONAL\"]", holder.get("categories").toString());
        assertEquals("2026-11-30T10:00:01Z", holder.get("at").asText());
        JsonNode jordis = page("access-log.json", null);
        assertEquals(List.of("100001A"), jordis.get("entries").findValuesAsText("actor"), "his own log holds only his own reads");
    }

    @Test
    void theLogIsReadAPageAtATimeNewestFirst() throws Exception {
        for (int i = 0; i < 4; i++) {
            page("access-log.json", Map.of("limit", "1"));
        }
        JsonNode first = page("access-log.json", Map.of("limit", "2"));
        assertEquals(List.of("2026-11-30T10:00:05Z", "2026-11-30T10:00:04Z"), first.get("entries").findValuesAsText("at"));
        JsonNode second = page("access-log.json", Map.of("limit", "2", "cursor", first.get("next").asText()));
        assertEquals(List.of("2026-11-30T10:00:03Z", "2026-11-30T10:00:02Z"), second.get("entries").findValuesAsText("at"));
        JsonNode last = page("access-log.json", Map.of("limit", "2", "cursor", second.get("next").asText()));
        assertEquals(List.of("2026-11-30T10:00:01Z"), last.get("entries").findValuesAsText("at"));
        assertFalse(last.has("next"));
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource({"access-log-bad-limit.json, limit", "access-log-bad-cursor.json, cursor"})
    void badPagingIsABadRequestNamingTheField(String eventFile, String field) throws Exception {
        APIGatewayV2HTTPResponse response = call(eventFile, null);
        assertEquals(400, response.getStatusCode());
        assertEquals(field, JSON.readTree(response.getBody()).get("field").asText());
    }

    @Test
    void aCursorCannotLeadIntoAnotherPersonsLog() throws Exception {
        page("access-log-laia.json", null);
        page("access-log.json", null);
        // a cursor from Laia's log is sealed for her: handed to Jordi's request, it is refused, not another page
        JsonNode laias = page("access-log-laia.json", Map.of("limit", "1"));
        APIGatewayV2HTTPResponse refused = call("access-log.json", Map.of("limit", "5", "cursor", laias.get("next").asText()));
        assertEquals(400, refused.getStatusCode(), refused.getBody());
        assertEquals("cursor", JSON.readTree(refused.getBody()).get("field").asText());
        JsonNode jordis = page("access-log.json", Map.of("limit", "1"));
        assertTrue(page("access-log.json", Map.of("limit", "5", "cursor", jordis.get("next").asText()))
                .get("entries").findValuesAsText("actor").stream().allMatch("100001A"::equals));
    }
}
