package ad.cass.online.local;

import ad.cass.online.aws.http.Problem;
import ad.cass.online.aws.http.ProblemType;
import ad.cass.online.domain.text.Text;
import ad.cass.online.local.engines.LocalEngines;
import ad.cass.online.local.engines.MailOutbox;
import ad.cass.online.local.engines.SamTemplate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * API Gateway (HTTP API, payload 2.0) without the transport: every HttpApi route of template.yaml, the event
 * built as API Gateway builds it, the route's Lambda authorizer run first and its context passed on, and the
 * function's response turned back into HTTP. Plus {@code /_local/health}, {@code /_local/outbox},
 * {@code /_local/schedules/...} and the API contract ({@code /openapi.json}, Swagger UI at {@code /docs}).
 */
final class ApiGateway {
    private static final Logger LOG = LoggerFactory.getLogger(ApiGateway.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);
    private static final String SCHEDULES = "/_local/schedules/";

    /**
     * Locally there is no TLS handshake: a client certificate is sent in this header (the PEM, base64- or
     * URL-encoded) and lands where API Gateway puts the one from a mutual TLS handshake,
     * {@code requestContext.authentication.clientCert.clientCertPem}. No proof of the private key is asked.
     */
    static final String CLIENT_CERT_HEADER = "x-local-client-cert";

    private final FunctionHost host;
    private final MailOutbox outbox;
    private final ApiDocs docs;
    private final List<CompiledRoute> routes;

    record CompiledRoute(SamTemplate.Route route, Pattern pattern, List<String> parameters) {
    }

    private record Match(SamTemplate.Route route, Map<String, String> rawParameters) {
    }

    /** A percent-encoding that does not decode (e.g. {@code %zz}): the client's mistake, answered 400. */
    static final class MalformedRequest extends RuntimeException {
        MalformedRequest(IllegalArgumentException cause) {
            super(cause.getMessage(), cause);
        }
    }

    ApiGateway(FunctionHost host, MailOutbox outbox, ApiDocs docs) {
        this.host = host;
        this.outbox = outbox;
        this.docs = docs;
        // API Gateway picks the most specific route: a path with fewer {parameters} before one with more, so
        // GET /procedures/forms is not GET /procedures/{code}
        this.routes = host.template().routes().stream().map(ApiGateway::compile)
                .sorted(java.util.Comparator.comparingInt(r -> r.parameters().size())).toList();
    }

    List<SamTemplate.Route> routes() {
        return routes.stream().map(CompiledRoute::route).toList();
    }

    /** Whether answering runs a function (blocking, up to its Timeout) rather than being answered at once. */
    boolean runsAFunction(String method, String rawPath) {
        return ("POST".equals(method) && rawPath.startsWith(SCHEDULES)) || match(method, rawPath).isPresent();
    }

    /** {@code /payments/{id}} → a regex with a group per parameter; {@code {proxy+}} takes the rest. */
    static CompiledRoute compile(SamTemplate.Route route) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(route.path());
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(route.path().substring(last, m.start())));
            String name = m.group(1);
            boolean greedy = name.endsWith("+");
            names.add(greedy ? name.substring(0, name.length() - 1) : name);
            regex.append(greedy ? "(.+)" : "([^/]+)");
            last = m.end();
        }
        regex.append(Pattern.quote(route.path().substring(last)));
        return new CompiledRoute(route, Pattern.compile(regex.toString()), names);
    }

    /** Never throws: a failure of ours is logged under the request id and answered 500 quoting it. */
    HttpReply answer(HttpCall call) {
        try {
            return route(call);
        } catch (MalformedRequest e) {
            return problem(call, RuntimeRejection.of(400, call.requestId()));
        } catch (RuntimeException e) {
            LOG.error("local API failure on request {}", call.requestId(), e);
            return problem(call, RuntimeRejection.of(500, call.requestId()));
        }
    }

    private HttpReply route(HttpCall call) {
        String path = call.rawPath();
        if (path.startsWith("/_local/")) {
            return local(call);
        }
        Optional<ApiDocs.Asset> doc = "GET".equals(call.method()) ? docs.get(path) : Optional.empty();
        if (doc.isPresent()) {
            return new HttpReply(200, Map.of("Content-Type", doc.get().contentType()), List.of(), doc.get().bytes());
        }
        return match(call.method(), path)
                .map(found -> invokeRoute(call, found))
                .orElseGet(() -> problem(call, RuntimeRejection.of(404, call.requestId())));
    }

    private Optional<Match> match(String method, String rawPath) {
        for (CompiledRoute compiled : routes) {
            Matcher matcher = compiled.pattern().matcher(rawPath);
            if (compiled.route().method().equals(method) && matcher.matches()) {
                Map<String, String> parameters = new LinkedHashMap<>();
                for (int i = 0; i < compiled.parameters().size(); i++) {
                    parameters.put(compiled.parameters().get(i), matcher.group(i + 1));
                }
                return Optional.of(new Match(compiled.route(), parameters));
            }
        }
        return Optional.empty();
    }

    private HttpReply local(HttpCall call) {
        String method = call.method();
        String path = call.rawPath();
        if ("GET".equals(method) && "/_local/health".equals(path)) {
            return HttpReply.json(200, "{\"status\":\"ready\"}");
        } else if ("GET".equals(method) && "/_local/outbox".equals(path)) {
            try {
                return HttpReply.json(200, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(outbox.messages()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if ("POST".equals(method) && path.startsWith(SCHEDULES)) {
            return fireSchedule(call, path.substring(SCHEDULES.length()));
        }
        return problem(call, RuntimeRejection.of(404, call.requestId()));
    }

    /**
     * Runs a scheduled function now, with the {@code ScheduledEvent} its EventBridge rule would send;
     * {@code ?time=2026-11-01T02:00:00Z} sets the time it was scheduled for (a repeated run of that time).
     */
    private HttpReply fireSchedule(HttpCall call, String functionName) {
        Optional<SamTemplate.Schedule> schedule = host.template().schedules().stream()
                .filter(s -> s.functionLogicalId().equals(functionName)).findFirst();
        if (schedule.isEmpty()) {
            return problem(call, new Problem(ProblemType.NOT_FOUND, Text.of("Cap funció programada no es diu {0}.",
                    functionName.replaceAll("[^A-Za-z0-9]", "")), null));
        }
        String time = Arrays.stream(call.rawQuery().split("&"))
                .filter(p -> p.startsWith("time="))
                .map(p -> decode(p.substring(5)))
                .findFirst().orElse(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", "Scheduled Event");
        event.put("source", "aws.events");
        event.put("account", SamTemplate.ACCOUNT_ID);
        event.put("time", time);
        event.put("region", LocalEngines.REGION);
        event.putArray("resources").add("arn:aws:events:" + LocalEngines.REGION + ":"
                + SamTemplate.ACCOUNT_ID + ":rule/" + functionName + "-" + schedule.get().eventName());
        event.putObject("detail");
        try {
            return HttpReply.json(200, host.invoke(functionName, event.toString()));
        } catch (FunctionHost.FunctionFailed e) {
            LOG.error("scheduled function failed on request {}", call.requestId(), e.getCause());
            return problem(call, RuntimeRejection.of(500, call.requestId()));
        }
    }

    private HttpReply invokeRoute(HttpCall call, Match match) {
        SamTemplate.Route route = match.route();
        ObjectNode event = event(call, route, decodeAll(match.rawParameters()));
        if (route.authorizerFunctionLogicalId() != null) {
            JsonNode decision;
            try {
                decision = readTree(host.invoke(route.authorizerFunctionLogicalId(), authorizerEvent(event).toString()));
            } catch (FunctionHost.FunctionFailed e) {
                LOG.error("authorizer failed", e.getCause());
                return gatewayMessage(500, "Internal Server Error");
            }
            if (!decision.path("isAuthorized").asBoolean(false)) {
                return gatewayMessage(403, "Forbidden");
            }
            ObjectNode authorizer = ((ObjectNode) event.get("requestContext")).putObject("authorizer");
            authorizer.set("lambda", decision.path("context").isObject() ? decision.get("context") : JSON.createObjectNode());
        }
        String output;
        try {
            output = host.invoke(route.functionLogicalId(), event.toString());
        } catch (FunctionHost.FunctionFailed e) {
            LOG.error("function failed", e.getCause());
            return gatewayMessage(500, "Internal Server Error");
        }
        return respond(readTree(output));
    }

    /** API Gateway's own body when the authorizer denies or a function fails: not a problem document (openapi.yaml). */
    private static HttpReply gatewayMessage(int status, String message) {
        return HttpReply.json(status, "{\"message\":\"" + message + "\"}");
    }

    /** The payload 2.0 event, field by field as API Gateway documents it. */
    private ObjectNode event(HttpCall call, SamTemplate.Route route, Map<String, String> pathParameters) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", route.routeKey());
        event.put("rawPath", call.rawPath());
        event.put("rawQueryString", call.rawQuery());

        ObjectNode headers = event.putObject("headers");
        ArrayNode cookies = JSON.createArrayNode();
        call.headers().forEach((name, values) -> {
            if (name.equals(CLIENT_CERT_HEADER)) {
                return; // stands in for the TLS handshake; never reaches the function as a header
            }
            if (name.equals("cookie")) {
                values.forEach(v -> List.of(v.split(";\\s*")).forEach(cookies::add));
            } else {
                headers.put(name, String.join(",", values));
            }
        });
        headers.put("x-forwarded-for", call.sourceIp());
        headers.put("x-forwarded-proto", "http");
        if (!cookies.isEmpty()) {
            event.set("cookies", cookies);
        }
        if (!call.rawQuery().isEmpty()) {
            ObjectNode query = event.putObject("queryStringParameters");
            for (String pair : call.rawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                String key = decode(kv[0]);
                String value = kv.length > 1 ? decode(kv[1]) : "";
                query.put(key, query.has(key) ? query.get(key).asText() + "," + value : value);
            }
        }
        if (!pathParameters.isEmpty()) {
            ObjectNode params = event.putObject("pathParameters");
            pathParameters.forEach(params::put);
        }

        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", SamTemplate.ACCOUNT_ID);
        context.put("apiId", "local");
        context.put("domainName", call.domainName());
        context.put("domainPrefix", "127");
        ObjectNode http = context.putObject("http");
        http.put("method", route.method());
        http.put("path", call.rawPath());
        http.put("protocol", call.protocol());
        http.put("sourceIp", call.sourceIp());
        http.put("userAgent", call.header("user-agent").orElse(""));
        context.put("requestId", call.requestId());
        context.put("routeKey", route.routeKey());
        context.put("stage", "$default");
        context.put("time", REQUEST_TIME.format(now));
        context.put("timeEpoch", now.toInstant().toEpochMilli());
        clientCertificate(call.header(CLIENT_CERT_HEADER).orElse(null))
                .ifPresent(pem -> context.putObject("authentication").putObject("clientCert").put("clientCertPem", pem));

        byte[] body = call.body();
        if (body.length > 0) {
            // a text body that is not UTF-8 goes base64-encoded, as a binary one does: the function decides (a 400)
            boolean text = isText(call.header("content-type").orElse(null)) && isUtf8(body);
            event.put("body", text ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body));
            event.put("isBase64Encoded", !text);
        } else {
            event.put("isBase64Encoded", false);
        }
        return event;
    }

    static Optional<String> clientCertificate(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            String urlDecoded = URLDecoder.decode(header, StandardCharsets.UTF_8);
            if (urlDecoded.contains("-----BEGIN CERTIFICATE-----")) {
                return Optional.of(urlDecoded);
            }
        } catch (IllegalArgumentException notUrlEncoded) {
            // a broken %-escape: not URL-encoded, perhaps base64 below
        }
        try {
            return Optional.of(new String(Base64.getMimeDecoder().decode(header), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException notBase64) {
            return Optional.of(header); // let the function refuse it, as it would a bad certificate
        }
    }

    private JsonNode authorizerEvent(ObjectNode request) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "2.0");
        event.put("type", "REQUEST");
        event.put("routeArn", "arn:aws:execute-api:eu-west-1:" + SamTemplate.ACCOUNT_ID + ":local/$default/"
                + request.path("requestContext").path("http").path("method").asText() + request.path("rawPath").asText());
        event.putArray("identitySource");
        for (String field : List.of("routeKey", "rawPath", "rawQueryString", "cookies", "headers",
                "queryStringParameters", "requestContext", "pathParameters")) {
            if (request.has(field)) {
                event.set(field, request.get(field).deepCopy());
            }
        }
        return event;
    }

    private static HttpReply respond(JsonNode output) {
        if (!output.isObject() || !output.has("statusCode")) {
            // payload 2.0: a response without statusCode is the body of a 200 JSON answer
            return HttpReply.json(200, output.toString());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        output.path("headers").fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
        List<String> cookies = new ArrayList<>();
        output.path("cookies").forEach(c -> cookies.add(c.asText()));
        String body = output.path("body").isNull() ? null : output.path("body").asText(null);
        byte[] bytes = body == null ? new byte[0]
                : output.path("isBase64Encoded").asBoolean(false) ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        return new HttpReply(output.path("statusCode").asInt(200), headers, cookies, bytes);
    }

    private static HttpReply problem(HttpCall call, Problem problem) {
        return HttpReply.problem(problem, call.rawPath(), call.requestId(), call.header("accept-language").orElse(null));
    }

    private static Map<String, String> decodeAll(Map<String, String> raw) {
        Map<String, String> decoded = new LinkedHashMap<>();
        raw.forEach((name, value) -> decoded.put(name, decode(value)));
        return decoded;
    }

    /** Percent-decoding as API Gateway does it for parameters; a broken escape is the client's mistake. */
    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MalformedRequest(e);
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isText(String contentType) {
        if (contentType == null) {
            return true;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.startsWith("application/x-www-form-urlencoded") || type.contains("javascript");
    }
}
