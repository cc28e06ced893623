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

    /** 201, with where the new resource is. */
    public static ApiResponse created(Object body, String location) {
        return new ApiResponse(201, body).header("Location", location);
    }

    /**
     * A document to download (an export), as bytes that API Gateway hands on as they are (base64 in the event);
     * {@code fileName} is what the browser saves it as (RFC 6266, the UTF-8 name beside an ASCII one).
     */
    public static ApiResponse file(byte[] content, String contentType, String fileName) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("Content-Disposition", ContentDisposition.attachment(fileName));
        return new ApiResponse(200, content, headers);
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
        // Personal data: never cached by a browser or a proxy; what is public (the JWKS) says otherwise itself.
        all.putIfAbsent("Cache-Control", "no-store");
        all.put("Content-Language", language.code());
        all.put("X-Content-Type-Options", "nosniff");
        all.put("X-Correlation-Id", correlationId);
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(all)
                .withBody(body == null ? null : body instanceof byte[] bytes ? java.util.Base64.getEncoder().encodeToString(bytes)
                        : Json.write(body))
                .withIsBase64Encoded(body instanceof byte[])
                .build();
    }
}
