package ad.cass.online.aws.http;

import ad.cass.online.domain.settings.Language;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: status, a body serialised as JSON (or none), extra headers. */
public record ApiResponse(int status, Object body, Map<String, String> headers) {

    public ApiResponse(int status, Object body) {
        this(status, body, new LinkedHashMap<>(Map.of("Content-Type", "application/json")));
    }

    public static ApiResponse ok(Object body) {
        return new ApiResponse(200, body);
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, null, new LinkedHashMap<>());
    }

    public ApiResponse header(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiResponse(status, body, copy);
    }

    /** In Catalan. */
    public APIGatewayV2HTTPResponse toEvent(String correlationId) {
        return toEvent(correlationId, Language.CA);
    }

    /**
     * The answer as API Gateway takes it back, with the headers every answer of the API carries.
     *
     * @param language the language of the answer's texts, the reader's (issue 17)
     */
    public APIGatewayV2HTTPResponse toEvent(String correlationId, Language language) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        // Personal data: never cached by a browser or a proxy.
        all.put("Cache-Control", "no-store");
        all.put("Content-Language", language.code());
        all.put("X-Content-Type-Options", "nosniff");
        all.put("X-Correlation-Id", correlationId);
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(all)
                .withBody(body == null ? null : Json.write(body))
                .withIsBase64Encoded(false)
                .build();
    }
}
