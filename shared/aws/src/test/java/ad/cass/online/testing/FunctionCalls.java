package ad.cass.online.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Calls an HTTP function with the JSON events of {@code events/<function>/}, each changed as a test needs, and holds
 * every answer to openapi.yaml ({@link ApiContract#checked}).
 */
public final class FunctionCalls {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String events;
    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function;

    /** @param events the folder under {@code events/} the event files are read from */
    public FunctionCalls(String events, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function) {
        this.events = events;
        this.function = function;
    }

    public APIGatewayV2HTTPResponse call(String eventFile, Consumer<APIGatewayV2HTTPEvent> change) {
        APIGatewayV2HTTPEvent event = Events.read(events, eventFile, APIGatewayV2HTTPEvent.class);
        change.accept(event);
        return ApiContract.checked(event, function.handleRequest(event, null));
    }

    /** A 200 answer's body. */
    public JsonNode ok(String eventFile, Consumer<APIGatewayV2HTTPEvent> change) throws Exception {
        APIGatewayV2HTTPResponse response = call(eventFile, change);
        assertEquals(200, response.getStatusCode(), response.getBody());
        return JSON.readTree(response.getBody());
    }

    /** A 400 answer's {@code field}: what the problem names. */
    public String refusedField(String eventFile, Consumer<APIGatewayV2HTTPEvent> change) throws Exception {
        APIGatewayV2HTTPResponse response = call(eventFile, change);
        assertEquals(400, response.getStatusCode(), response.getBody());
        return JSON.readTree(response.getBody()).get("field").asText();
    }

    /** The query string, replaced by one written as a URL's ({@code from=2026-01-01&type=travel-form}), undecoded. */
    public static Consumer<APIGatewayV2HTTPEvent> rawQuery(String raw) {
        Map<String, String> query = new HashMap<>();
        for (String pair : raw.split("&")) {
            query.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return query(query);
    }

    /** The query string, replaced. */
    public static Consumer<APIGatewayV2HTTPEvent> query(Map<String, String> query) {
        return e -> e.setQueryStringParameters(new HashMap<>(query));
    }

    /** The session's active profile, as the authorizer would pass it. */
    public static Consumer<APIGatewayV2HTTPEvent> actingAs(String profileId) {
        return e -> e.getRequestContext().getAuthorizer().getLambda().put("profileId", profileId);
    }
}
