package ad.cass.online.aws.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.error.Forbidden;
import ad.cass.online.domain.error.Gone;
import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.error.Unauthenticated;
import ad.cass.online.domain.error.Unavailable;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/** RFC 9457 problem+json for every outcome, a stable type, a Catalan title, no internal detail. */
class ApiFunctionTest {

    static final class Fixed extends ApiFunction {
        private final Function<ApiRequest, ApiResponse> body;

        Fixed(Function<ApiRequest, ApiResponse> body) {
            this.body = body;
        }

        @Override
        protected ApiResponse handle(ApiRequest request) {
            return body.apply(request);
        }
    }

    static APIGatewayV2HTTPEvent event(Map<String, String> headers, String body) {
        return APIGatewayV2HTTPEvent.builder().withRouteKey("POST /x").withRawPath("/x").withHeaders(headers)
                .withBody(body)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withRequestId("req-12345678").build())
                .build();
    }

    static JsonNode json(APIGatewayV2HTTPResponse r) throws Exception {
        return Json.MAPPER.readTree(r.getBody());
    }

    static Stream<Arguments> outcomes() {
        return Stream.of(
                Arguments.of((Function<ApiRequest, ApiResponse>) r -> {
                            r.jsonBody().requiredString("pin", 10);
                            return ApiResponse.noContent();
                        },
                        400, "invalid-input", "Petició no vàlida"),
                Arguments.of((Function<ApiRequest, ApiResponse>) r -> { throw new Unauthenticated(); },
                        401, "unauthenticated", "Cal identificar-se"),
                Arguments.of((Function<ApiRequest, ApiResponse>) r -> { throw new Forbidden("no"); },
                        403, "forbidden", "Accés no permès"),
                Arguments.of((Function<ApiRequest, ApiResponse>) r -> { throw new NotFound("no"); },
                        404, "not-found", "No s'ha trobat"),
                Arguments.of((Function<ApiRequest, ApiResponse>) r -> { throw new Gone("caducat"); },
                        410, "link-expired", "Enllaç caducat"),
                Arguments.of((Function<ApiRequest, ApiResponse>) r -> { throw new Unavailable("DynamoDB: ThrottlingException"); },
                        503, "service-unavailable", "Servei no disponible temporalment"),
                Arguments.of((Function<ApiRequest, ApiResponse>) r -> {
                            throw ProvisionedThroughputExceededException.builder().statusCode(400)
                                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException").build())
                                    .build();
                        },
                        503, "service-unavailable", "Servei no disponible temporalment"),
                Arguments.of((Function<ApiRequest, ApiResponse>) r -> { // AWS's own fault, retryable: passes
                            throw DynamoDbException.builder().statusCode(500).message("table cass-prod-people broke").build();
                        },
                        503, "service-unavailable", "Servei no disponible temporalment"),
                Arguments.of((Function<ApiRequest, ApiResponse>) r -> { // a request DynamoDB refuses: our bug
                            throw DynamoDbException.builder().statusCode(400).message("table cass-prod-people: invalid key")
                                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationException").build()).build();
                        },
                        500, "internal", "Error intern"),
                Arguments.of((Function<ApiRequest, ApiResponse>) r -> { throw new IllegalStateException("secret detail"); },
                        500, "internal", "Error intern"));
    }

    @ParameterizedTest(name = "status {1}, type {2}")
    @MethodSource("outcomes")
    void everyFailureIsAProblemDocument(Function<ApiRequest, ApiResponse> body, int status, String type, String title)
            throws Exception {
        APIGatewayV2HTTPResponse response = new Fixed(body).handleRequest(
                event(Map.of("content-type", "application/json"), "{}"), null);
        assertEquals(status, response.getStatusCode());
        assertEquals("application/problem+json", response.getHeaders().get("Content-Type"));
        assertEquals("no-store", response.getHeaders().get("Cache-Control"));
        JsonNode problem = json(response);
        assertEquals(ProblemType.BASE + type, problem.get("type").asText());
        assertEquals(title, problem.get("title").asText());
        assertEquals(status, problem.get("status").asInt());
        assertFalse(response.getBody().contains("secret detail"));
        assertFalse(response.getBody().contains("cass-prod-people"));
        assertFalse(response.getBody().contains("Exception"));
        if (status == 503) {
            assertEquals("1", response.getHeaders().get("Retry-After"));
        }
        if (status == 401) {
            assertTrue(response.getHeaders().get("WWW-Authenticate").startsWith("Bearer"));
        }
    }

    @Test
    void oversizedBodiesAre413AndOtherMediaTypes415() throws Exception {
        Fixed echo = new Fixed(r -> ApiResponse.ok(Map.of("pin", r.jsonBody().requiredString("pin", 10))));
        APIGatewayV2HTTPResponse big = echo.handleRequest(event(Map.of("content-type", "application/json"),
                "{\"pin\":\"" + "x".repeat(20_000) + "\"}"), null);
        assertEquals(413, big.getStatusCode());
        APIGatewayV2HTTPResponse xml = echo.handleRequest(event(Map.of("content-type", "text/xml"), "<pin/>"), null);
        assertEquals(415, xml.getStatusCode());
        assertEquals("body", json(xml).get("field").asText());
    }

    @Test
    void base64BodiesAreDecoded() throws Exception {
        Fixed echo = new Fixed(r -> ApiResponse.ok(Map.of("pin", r.jsonBody().requiredString("pin", 10))));
        APIGatewayV2HTTPEvent event = event(Map.of("content-type", "application/json"),
                Base64.getEncoder().encodeToString("{\"pin\":\"àbc\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        event.setIsBase64Encoded(true);
        APIGatewayV2HTTPResponse response = echo.handleRequest(event, null);
        assertEquals(200, response.getStatusCode());
        assertEquals("àbc", json(response).get("pin").asText());
    }

    /** Issue 23: bytes that are not UTF-8 (API Gateway hands them over base64-encoded) are a 400, not text with U+FFFD. */
    @Test
    void aBodyThatIsNotUtf8IsA400() throws Exception {
        Fixed echo = new Fixed(r -> ApiResponse.ok(Map.of("pin", r.jsonBody().requiredString("pin", 10))));
        byte[] latin1 = "{\"pin\":\"àbc\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        APIGatewayV2HTTPEvent event = event(Map.of("content-type", "application/json"), Base64.getEncoder().encodeToString(latin1));
        event.setIsBase64Encoded(true);
        APIGatewayV2HTTPResponse response = echo.handleRequest(event, null);
        assertEquals(400, response.getStatusCode(), response.getBody());
        assertEquals("body", json(response).get("field").asText());
    }

    @Test
    void theCorrelationIdIsTheClientsWhenSaneElseApiGateways() {
        Fixed ok = new Fixed(r -> ApiResponse.noContent());
        assertEquals("portal-abc-123", ok.handleRequest(event(Map.of("x-correlation-id", "portal-abc-123"), null), null)
                .getHeaders().get("X-Correlation-Id"));
        assertEquals("req-12345678", ok.handleRequest(event(Map.of("x-correlation-id", "bad id\n"), null), null)
                .getHeaders().get("X-Correlation-Id"));
        assertNull(ok.handleRequest(event(Map.of(), null), null).getBody());
    }

    @Test
    void noPrincipalMeansUnauthenticated() throws Exception {
        Fixed whoami = new Fixed(r -> ApiResponse.ok(Map.of("me", r.principal().cassNumber().value())));
        APIGatewayV2HTTPResponse anonymous = whoami.handleRequest(event(Map.of(), null), null);
        assertEquals(401, anonymous.getStatusCode());
        APIGatewayV2HTTPEvent forged = event(Map.of(), null);
        forged.getRequestContext().setAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                .withLambda(Map.of("cassNumber", "not-a-number", "profileId", "own:x", "sessionId", "s")).build());
        assertEquals(401, whoami.handleRequest(forged, null).getStatusCode());
    }

    static APIGatewayV2HTTPEvent signedIn(Map<String, String> headers, String language) {
        APIGatewayV2HTTPEvent event = event(headers, "{}");
        Map<String, Object> context = new java.util.HashMap<>(Map.of("cassNumber", "100001A", "profileId", "own:100001A",
                "sessionId", "s", "authMethod", "PIN"));
        if (language != null) {
            context.put(AuthorizerContext.LANGUAGE, language);
        }
        event.getRequestContext().setAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder().withLambda(context).build());
        return event;
    }

    /** Issue 17: the session's language when signed in, else the client's Accept-Language, else Catalan. */
    @ParameterizedTest(name = "session {0}, Accept-Language \"{1}\" -> {2}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', nullValues = "none", value = {
            "fr   | es             | fr",
            "en   | none           | en",
            "none | es-ES,es;q=0.9 | es",
            "none | de, en;q=0.5   | en",
            "de   | none           | ca",
            "none | none           | ca"})
    void theAnswerIsInTheReadersLanguage(String session, String acceptLanguage, String expected) throws Exception {
        Map<String, String> headers = new java.util.HashMap<>(Map.of("content-type", "application/json"));
        if (acceptLanguage != null) {
            headers.put("accept-language", acceptLanguage);
        }
        Fixed bad = new Fixed(r -> {
            r.principal();
            r.jsonBody().requiredString("pin", 10);
            return ApiResponse.noContent();
        });
        APIGatewayV2HTTPResponse response = bad.handleRequest(signedIn(headers, session), null);
        assertEquals(400, response.getStatusCode());
        assertEquals(expected, response.getHeaders().get("Content-Language"));
        ad.cass.online.domain.settings.Language language = ad.cass.online.domain.settings.Language.fromCode(expected);
        assertEquals(ProblemType.INVALID_INPUT.title(language), json(response).get("title").asText());
        assertEquals(ad.cass.online.domain.text.Translations.of(language, "Falta el camp «{0}».", "pin"),
                json(response).get("detail").asText());
    }

    @Test
    void aSpanishReaderIsToldInSpanishThatTheyMustSignIn() throws Exception {
        Fixed whoami = new Fixed(r -> ApiResponse.ok(Map.of("me", r.principal().cassNumber().value())));
        APIGatewayV2HTTPResponse response = whoami.handleRequest(event(Map.of("accept-language", "es"), null), null);
        assertEquals(401, response.getStatusCode());
        assertEquals("es", response.getHeaders().get("Content-Language"));
        assertEquals("Debe identificarse", json(response).get("title").asText());
        assertEquals("Las credenciales no son válidas o la sesión ha caducado.", json(response).get("detail").asText());
    }

    @Test
    void successesSayTheirLanguageToo() {
        Fixed ok = new Fixed(r -> ApiResponse.ok(Map.of("ok", true)));
        assertEquals("fr", ok.handleRequest(signedIn(Map.of(), "fr"), null).getHeaders().get("Content-Language"));
        assertEquals("ca", ok.handleRequest(event(Map.of(), null), null).getHeaders().get("Content-Language"));
    }

    @Test
    void theSessionsLanguageReachesThePrincipal() {
        ApiRequest french = new ApiRequest(signedIn(Map.of(), "fr"), 1024, null);
        assertEquals(ad.cass.online.domain.settings.Language.FR, french.principal().language());
        ApiRequest older = new ApiRequest(signedIn(Map.of("accept-language", "en"), null), 1024, null);
        assertEquals(ad.cass.online.domain.settings.Language.CA, older.principal().language(),
                "a session opened before sessions carried a language");
        assertEquals(ad.cass.online.domain.settings.Language.EN, older.language(), "its answers follow the client meanwhile");
    }

    /**
     * Issue 15: a function that touches no DynamoDB must not need DynamoDB classes. The HTTP layer refers to
     * no AWS service's classes at all (only the SDK core's), read from the compiled class files themselves.
     */
    @Test
    void theHttpLayerNeedsNoAwsServiceClasses() throws Exception {
        java.nio.file.Path classes = java.nio.file.Path.of(ApiFunction.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        java.nio.file.Path http = classes.resolve("ad/cass/online/aws/http");
        java.util.List<String> offenders = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(http)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String bytes = new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                if (bytes.contains("software/amazon/awssdk/services/") || bytes.contains("ad/cass/online/aws/dynamodb/")) {
                    offenders.add(file.getFileName().toString());
                }
            }
        }
        assertEquals(java.util.List.of(), offenders);
    }
}
