package ad.cass.online.local;

import ad.cass.online.aws.http.Problem;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.domain.text.AcceptLanguage;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One answer, before the transport writes it: status, headers, {@code Set-Cookie} values and body. */
record HttpReply(int status, Map<String, String> headers, List<String> cookies, byte[] body) {

    static HttpReply json(int status, byte[] body) {
        return new HttpReply(status, Map.of("Content-Type", "application/json"), List.of(), body);
    }

    static HttpReply json(int status, String body) {
        return json(status, body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A problem the runtime answers itself, built as the functions build theirs (Problem, then the headers
     * every answer of the API carries), the request id standing in for the correlation id. It knows no session,
     * so it answers in the language of the request's {@code Accept-Language}, as a function does before sign-in.
     */
    static HttpReply problem(Problem problem, String instance, String requestId, String acceptLanguage) {
        Language language = AcceptLanguage.preferred(acceptLanguage).orElse(Language.CA);
        APIGatewayV2HTTPResponse response = problem.toResponse(instance, language).toEvent(requestId, language);
        return new HttpReply(response.getStatusCode(), new LinkedHashMap<>(response.getHeaders()), List.of(),
                response.getBody().getBytes(StandardCharsets.UTF_8));
    }
}
