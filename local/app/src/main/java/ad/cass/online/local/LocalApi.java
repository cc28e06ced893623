package ad.cass.online.local;

import ad.cass.online.local.engines.MailOutbox;
import ad.cass.online.local.engines.SamTemplate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * API Gateway (HTTP API, payload 2.0) on 127.0.0.1: every HttpApi route of template.yaml, the event built
 * as API Gateway builds it, the route's Lambda authorizer run first and its context passed on, and the
 * function's response turned back into HTTP. Plus {@code /_local/health}, {@code /_local/outbox}, and the API
 * contract: {@code /openapi.json} and Swagger UI at {@code /docs}.
 */
public final class LocalApi implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalApi.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

    private final FunctionHost host;
    private final MailOutbox outbox;
    private final ApiDocs docs;
    private final List<CompiledRoute> routes;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);

    private record CompiledRoute(SamTemplate.Route route, Pattern pattern, List<String> parameters) {
    }

    /** @param openApiFile openapi.yaml, served as {@code /openapi.json} and behind {@code /docs} */
    public LocalApi(FunctionHost host, MailOutbox outbox, Path openApiFile, int port) throws IOException {
        this.host = host;
        this.outbox = outbox;
        this.docs = new ApiDocs(openApiFile);
        this.routes = host.template().routes().stream().map(LocalApi::compile).toList();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.createContext("/", this::serve);
        server.setExecutor(executor);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public List<SamTemplate.Route> routes() {
        return routes.stream().map(CompiledRoute::route).toList();
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

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            if (path.startsWith("/_local/")) {
                local(exchange, method, path);
                return;
            }
            Optional<ApiDocs.Asset> doc = "GET".equals(method) ? docs.get(path) : Optional.empty();
            if (doc.isPresent()) {
                send(exchange, 200, Map.of("Content-Type", doc.get().contentType()), doc.get().bytes());
                return;
            }
            for (CompiledRoute compiled : routes) {
                Matcher matcher = compiled.pattern().matcher(path);
                if (compiled.route().method().equals(method) && matcher.matches()) {
                    Map<String, String> parameters = new LinkedHashMap<>();
                    for (int i = 0; i < compiled.parameters().size(); i++) {
                        parameters.put(compiled.parameters().get(i), URLDecoder.decode(matcher.group(i + 1), StandardCharsets.UTF_8));
                    }
                    route(exchange, compiled.route(), parameters);
                    return;
                }
            }
            send(exchange, 404, Map.of("Content-Type", "application/json"), bytes("{\"message\":\"Not Found\"}"));
        } catch (RuntimeException e) {
            LOG.error("local API failure", e);
            send(exchange, 500, Map.of("Content-Type", "application/json"), bytes("{\"message\":\"Internal Server Error\"}"));
        }
    }

    private void local(HttpExchange exchange, String method, String path) throws IOException {
        Map<String, String> json = Map.of("Content-Type", "application/json");
        if ("GET".equals(method) && "/_local/health".equals(path)) {
            send(exchange, 200, json, bytes("{\"status\":\"ready\"}"));
        } else if ("GET".equals(method) && "/_local/outbox".equals(path)) {
            send(exchange, 200, json, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(outbox.messages()));
        } else if ("POST".equals(method) && path.startsWith("/_local/schedules/")) {
            fireSchedule(exchange, path.substring("/_local/schedules/".length()));
        } else {
            send(exchange, 404, json, bytes("{\"message\":\"Not Found\"}"));
        }
    }

    /**
     * Runs a scheduled function now, with the {@code ScheduledEvent} its EventBridge rule would send;
     * {@code ?time=2026-11-01T02:00:00Z} sets the time it was scheduled for (a repeated run of that time).
     */
    private void fireSchedule(HttpExchange exchange, String functionName) throws IOException {
        Map<String, String> json = Map.of("Content-Type", "application/json");
        Optional<SamTemplate.Schedule> schedule = host.template().schedules().stream()
                .filter(s -> s.functionLogicalId().equals(functionName)).findFirst();
        if (schedule.isEmpty()) {
            send(exchange, 404, json, bytes("{\"message\":\"no scheduled function " + functionName.replaceAll("[^A-Za-z0-9]", "") + "\"}"));
            return;
        }
        String time = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).stream()
                .flatMap(q -> java.util.Arrays.stream(q.split("&")))
                .filter(p -> p.startsWith("time="))
                .map(p -> URLDecoder.decode(p.substring(5), StandardCharsets.UTF_8))
                .findFirst().orElse(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "0");
        event.put("id", java.util.UUID.randomUUID().toString());
        event.put("detail-type", "Scheduled Event");
        event.put("source", "aws.events");
        event.put("account", SamTemplate.ACCOUNT_ID);
        event.put("time", time);
        event.put("region", ad.cass.online.local.engines.LocalEngines.REGION);
        event.putArray("resources").add("arn:aws:events:" + ad.cass.online.local.engines.LocalEngines.REGION + ":"
                + SamTemplate.ACCOUNT_ID + ":rule/" + functionName + "-" + schedule.get().eventName());
        event.putObject("detail");
        try {
            send(exchange, 200, json, bytes(host.invoke(functionName, event.toString())));
        } catch (FunctionHost.FunctionFailed e) {
            LOG.error("scheduled function failed", e.getCause());
            send(exchange, 500, json, bytes("{\"message\":\"the function failed; see the log\"}"));
        }
    }

    private void route(HttpExchange exchange, SamTemplate.Route route, Map<String, String> pathParameters) throws IOException {
        ObjectNode event = event(exchange, route, pathParameters);
        if (route.authorizerFunctionLogicalId() != null) {
            JsonNode decision;
            try {
                decision = JSON.readTree(host.invoke(route.authorizerFunctionLogicalId(), authorizerEvent(event).toString()));
            } catch (FunctionHost.FunctionFailed e) {
                LOG.error("authorizer failed", e.getCause());
                send(exchange, 500, Map.of("Content-Type", "application/json"), bytes("{\"message\":\"Internal Server Error\"}"));
                return;
            }
            if (!decision.path("isAuthorized").asBoolean(false)) {
                send(exchange, 403, Map.of("Content-Type", "application/json"), bytes("{\"message\":\"Forbidden\"}"));
                return;
            }
            ObjectNode authorizer = ((ObjectNode) event.get("requestContext")).putObject("authorizer");
            authorizer.set("lambda", decision.path("context").isObject() ? decision.get("context") : JSON.createObjectNode());
        }
        String output;
        try {
            output = host.invoke(route.functionLogicalId(), event.toString());
        } catch (FunctionHost.FunctionFailed e) {
            LOG.error("function failed", e.getCause());
            send(exchange, 500, Map.of("Content-Type", "application/json"), bytes("{\"message\":\"Internal Server Error\"}"));
            return;
        }
        respond(exchange, JSON.readTree(output));
    }

    /** The payload 2.0 event, field by field as API Gateway documents it. */
    private ObjectNode event(HttpExchange exchange, SamTemplate.Route route, Map<String, String> pathParameters) throws IOException {
        ObjectNode event = JSON.createObjectNode();
        String rawPath = exchange.getRequestURI().getRawPath();
        String rawQuery = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
        event.put("version", "2.0");
        event.put("routeKey", route.routeKey());
        event.put("rawPath", rawPath);
        event.put("rawQueryString", rawQuery);

        ObjectNode headers = event.putObject("headers");
        ArrayNode cookies = JSON.createArrayNode();
        exchange.getRequestHeaders().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals(CLIENT_CERT_HEADER)) {
                return; // stands in for the TLS handshake; never reaches the function as a header
            }
            if (lower.equals("cookie")) {
                values.forEach(v -> List.of(v.split(";\\s*")).forEach(cookies::add));
            } else {
                headers.put(lower, String.join(",", values));
            }
        });
        headers.put("x-forwarded-for", exchange.getRemoteAddress().getAddress().getHostAddress());
        headers.put("x-forwarded-proto", "http");
        if (!cookies.isEmpty()) {
            event.set("cookies", cookies);
        }
        if (!rawQuery.isEmpty()) {
            ObjectNode query = event.putObject("queryStringParameters");
            for (String pair : rawQuery.split("&")) {
                String[] kv = pair.split("=", 2);
                String key = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
                String value = kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
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
        context.put("domainName", "127.0.0.1:" + port());
        context.put("domainPrefix", "127");
        ObjectNode http = context.putObject("http");
        http.put("method", route.method());
        http.put("path", rawPath);
        http.put("protocol", exchange.getProtocol());
        http.put("sourceIp", exchange.getRemoteAddress().getAddress().getHostAddress());
        http.put("userAgent", Optional.ofNullable(exchange.getRequestHeaders().getFirst("User-Agent")).orElse(""));
        context.put("requestId", requestId());
        context.put("routeKey", route.routeKey());
        context.put("stage", "$default");
        context.put("time", REQUEST_TIME.format(now));
        context.put("timeEpoch", now.toInstant().toEpochMilli());
        clientCertificate(exchange.getRequestHeaders().getFirst(CLIENT_CERT_HEADER))
                .ifPresent(pem -> context.putObject("authentication").putObject("clientCert").put("clientCertPem", pem));

        byte[] body = exchange.getRequestBody().readAllBytes();
        if (body.length > 0) {
            boolean text = isText(exchange.getRequestHeaders().getFirst("Content-Type"));
            event.put("body", text ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body));
            event.put("isBase64Encoded", !text);
        } else {
            event.put("isBase64Encoded", false);
        }
        return event;
    }

    /**
     * Locally there is no TLS handshake: a client certificate is sent in this header (the PEM, base64- or
     * URL-encoded) and lands where API Gateway puts the one from a mutual TLS handshake,
     * {@code requestContext.authentication.clientCert.clientCertPem}. No proof of the private key is asked.
     */
    static final String CLIENT_CERT_HEADER = "x-local-client-cert";

    static Optional<String> clientCertificate(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String urlDecoded = URLDecoder.decode(header, StandardCharsets.UTF_8);
        if (urlDecoded.contains("-----BEGIN CERTIFICATE-----")) {
            return Optional.of(urlDecoded);
        }
        try {
            return Optional.of(new String(Base64.getMimeDecoder().decode(header), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException notBase64) {
            return Optional.of(header); // let the function refuse it, as it would a bad certificate
        }
    }

    private ObjectNode authorizerEvent(ObjectNode request) {
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

    private void respond(HttpExchange exchange, JsonNode output) throws IOException {
        if (!output.isObject() || !output.has("statusCode")) {
            // payload 2.0: a response without statusCode is the body of a 200 JSON answer
            send(exchange, 200, Map.of("Content-Type", "application/json"), bytes(output.toString()));
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        output.path("headers").fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
        output.path("cookies").forEach(c -> exchange.getResponseHeaders().add("Set-Cookie", c.asText()));
        String body = output.path("body").isNull() ? null : output.path("body").asText(null);
        byte[] bytes = body == null ? new byte[0]
                : output.path("isBase64Encoded").asBoolean(false) ? Base64.getDecoder().decode(body) : bytes(body);
        send(exchange, output.path("statusCode").asInt(200), headers, bytes);
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, byte[] body) throws IOException {
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.getResponseHeaders().set("Apigw-Requestid", requestId());
        boolean empty = body.length == 0 || status == 204 || status == 304;
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
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

    private static String requestId() {
        byte[] id = new byte[12];
        RANDOM.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
