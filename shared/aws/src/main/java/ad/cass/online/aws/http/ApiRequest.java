package ad.cass.online.aws.http;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.Unauthenticated;
import ad.cass.online.domain.identity.AuthMethod;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.domain.text.AcceptLanguage;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The parts of an API Gateway HTTP API (payload 2.0) event a handler needs, already checked. */
public final class ApiRequest {
    private static final Pattern CORRELATION_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    static final String BAD_DATE = "La data ha de tenir el format aaaa-mm-dd.";
    static final String BAD_PAGE_SIZE = "El nombre d'entrades per pàgina ha de ser un nombre enter.";

    private final APIGatewayV2HTTPEvent event;
    private final int maxBodyBytes;
    private final String clientCertPem;

    ApiRequest(APIGatewayV2HTTPEvent event, int maxBodyBytes, String clientCertPem) {
        this.event = event;
        this.maxBodyBytes = maxBodyBytes;
        this.clientCertPem = clientCertPem;
    }

    /** The client certificate API Gateway passed from the mutual TLS handshake, if any. */
    public Optional<String> clientCertificatePem() {
        return Optional.ofNullable(clientCertPem).filter(p -> !p.isBlank());
    }

    /** e.g. {@code POST /auth/login}: what template.yaml declares, so handlers route on it. */
    public String routeKey() {
        return event.getRouteKey() == null ? "" : event.getRouteKey();
    }

    public Optional<String> header(String name) {
        Map<String, String> headers = event.getHeaders();
        if (headers == null) {
            return Optional.empty();
        }
        // Payload 2.0 lower-cases header names; tolerate hand-written events that do not.
        String wanted = name.toLowerCase(Locale.ROOT);
        return headers.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().toLowerCase(Locale.ROOT).equals(wanted))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    public Optional<String> pathParameter(String name) {
        return Optional.ofNullable(event.getPathParameters()).map(p -> p.get(name));
    }

    public Optional<String> queryParameter(String name) {
        return Optional.ofNullable(event.getQueryStringParameters()).map(p -> p.get(name));
    }

    /** A date query parameter ({@code ?from=2026-01-01}), or the 400 naming it. */
    public Optional<LocalDate> dateParameter(String name) {
        try {
            return queryParameter(name).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name, BAD_DATE);
        }
    }

    /** {@code ?limit=}, the entries of a page a client asks for, {@code orElse} when it asks nothing; a range is the service's. */
    public int pageSize(int orElse) {
        String given = queryParameter("limit").orElse(null);
        if (given == null) {
            return orElse;
        }
        if (!given.matches("\\d{1,3}")) {
            throw new InvalidInput("limit", BAD_PAGE_SIZE);
        }
        return Integer.parseInt(given);
    }

    /** The client's own correlation id when it sent a sane one, otherwise API Gateway's request id. */
    public String correlationId() {
        return header("x-correlation-id").filter(id -> CORRELATION_ID.matcher(id).matches())
                .or(() -> Optional.ofNullable(event.getRequestContext()).map(APIGatewayV2HTTPEvent.RequestContext::getRequestId))
                .orElse("none");
    }

    public String path() {
        return event.getRawPath();
    }

    /**
     * The address the TCP connection came from, as API Gateway saw it ({@code requestContext.http.sourceIp});
     * never a header, which the client could set.
     */
    public Optional<String> sourceAddress() {
        return Optional.ofNullable(event.getRequestContext()).map(APIGatewayV2HTTPEvent.RequestContext::getHttp)
                .map(APIGatewayV2HTTPEvent.RequestContext.Http::getSourceIp);
    }

    public JsonBody jsonBody() {
        header("content-type")
                .map(type -> type.toLowerCase(Locale.ROOT))
                .filter(type -> !type.startsWith("application/json") && !type.contains("+json"))
                .ifPresent(type -> {
                    throw new UnsupportedMediaType();
                });
        return JsonBody.parse(body());
    }

    String body() {
        String raw = event.getBody();
        if (raw == null) {
            return null;
        }
        if (raw.length() > maxBodyBytes * 2) {
            throw new PayloadTooLarge();
        }
        String text;
        if (event.getIsBase64Encoded()) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(raw);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("body", "El cos de la petició no és vàlid.");
            }
            text = utf8(bytes);
        } else {
            text = raw;
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > maxBodyBytes) {
            throw new PayloadTooLarge();
        }
        return text;
    }

    /**
     * The bytes as UTF-8, strictly (issue 23): bytes that are not UTF-8 (which API Gateway hands over base64-encoded)
     * are a 400, never text with U+FFFD where they stood.
     */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidInput("body", "El cos de la petició ha de ser text en UTF-8.");
        }
    }

    /**
     * The caller the authorizer identified. The authorizer only identifies; it lets every request through
     * so that the function, not API Gateway, answers a missing or bad token with an RFC 9457 401.
     */
    public Principal principal() {
        Map<String, Object> context = authorizerContext();
        Object fault = context.get(AuthorizerContext.FAULT);
        if (fault != null) {
            throw new AuthorizerFailed(AuthorizerContext.PASSING.equals(fault));
        }
        Object cassNumber = context.get(AuthorizerContext.CASS_NUMBER);
        Object profileId = context.get(AuthorizerContext.PROFILE_ID);
        Object sessionId = context.get(AuthorizerContext.SESSION_ID);
        AuthMethod method = AuthMethod.parse(String.valueOf(context.get(AuthorizerContext.METHOD)));
        if (!(cassNumber instanceof String cn) || !CassNumber.isWellFormed(cn)
                || !(profileId instanceof String profile) || !(sessionId instanceof String session) || method == null) {
            throw new Unauthenticated();
        }
        return new Principal(CassNumber.of(cn), profile, session, method, sessionLanguage(context).orElse(Language.CA));
    }

    /**
     * The language to answer in (issue 17): the session's when signed in; otherwise (signing in, a 401) the first
     * of the portal's the client accepts ({@code Accept-Language}); otherwise Catalan. Never throws: the answer
     * to a request that fails in any way needs it.
     */
    public Language language() {
        return sessionLanguage(authorizerContext())
                .or(() -> header("accept-language").flatMap(AcceptLanguage::preferred))
                .orElse(Language.CA);
    }

    private static Optional<Language> sessionLanguage(Map<String, Object> context) {
        return context.get(AuthorizerContext.LANGUAGE) instanceof String code ? Language.ofCode(code) : Optional.empty();
    }

    private Map<String, Object> authorizerContext() {
        return Optional.ofNullable(event.getRequestContext())
                .map(APIGatewayV2HTTPEvent.RequestContext::getAuthorizer)
                .map(APIGatewayV2HTTPEvent.RequestContext.Authorizer::getLambda)
                .orElse(Map.of());
    }

    /** The authorizer could not tell who is calling: its store failed ({@code passing}: for a moment). */
    static final class AuthorizerFailed extends RuntimeException {
        private final boolean passing;

        AuthorizerFailed(boolean passing) {
            super("the authorizer could not identify the caller", null, false, false);
            this.passing = passing;
        }

        boolean passing() {
            return passing;
        }
    }

    static final class PayloadTooLarge extends RuntimeException {
        PayloadTooLarge() {
            super(null, null, false, false);
        }
    }

    static final class UnsupportedMediaType extends RuntimeException {
        UnsupportedMediaType() {
            super(null, null, false, false);
        }
    }
}
