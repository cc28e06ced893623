package ad.cass.online.local.fuzz;

import ad.cass.online.local.engines.SamTemplate;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Changes to an API Gateway HTTP API (payload 2.0) event, on the events library's own class, one part at a time, as
 * many as the input has bytes for. What changes is what a client controls (body, headers, query, path, the route it calls
 * among the function's, the address it comes from) and what the authorizer puts in the context. The event stays one API
 * Gateway could send: a request context and its {@code http} part are always there.
 */
final class RequestMutations {
    private static final int MAX_STEPS = 12;
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
            "APPLICATION/JSON", "application/problem+json", "application/vnd.api+json", "text/plain", "text/json",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonx", "*/*", "");
    private static final List<String> HEADERS = List.of("accept-language", "idempotency-key", "x-correlation-id",
            "authorization", "accept", "content-length", "content-encoding", "x-forwarded-for", "origin", "cookie");
    private static final List<String> LANGUAGES = List.of("es", "fr-FR,fr;q=0.9,en;q=0.8", "en-GB", "ca-ES", "de", "*",
            "en;q=0", "es;q=abc", ";;;,,", "zh-Hant-TW");

    private final List<SamTemplate.Route> routes;

    RequestMutations(List<SamTemplate.Route> routes) {
        this.routes = routes;
    }

    void apply(Fuzz fuzz, APIGatewayV2HTTPEvent event) {
        source(fuzz, event);
        // one change per few bytes until the input is used up: a longer input is more changes, none is the example
        for (int step = 0; step < MAX_STEPS && !fuzz.exhausted(); step++) {
            switch (fuzz.choose(9)) {
                case 0, 1 -> BodyMutations.apply(fuzz, event);
                case 2 -> header(fuzz, event, "content-type", fuzz.choose(4) == 0 ? fuzz.text(64) : fuzz.pick(CONTENT_TYPES));
                case 3 -> otherHeader(fuzz, event);
                case 4 -> query(fuzz, event);
                case 5 -> pathParameter(fuzz, event);
                case 6 -> route(fuzz, event);
                default -> AuthorizerContexts.mutate(fuzz, event);
            }
        }
    }

    private static void header(Fuzz fuzz, APIGatewayV2HTTPEvent event, String name, String value) {
        Map<String, String> headers = event.getHeaders() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(event.getHeaders());
        switch (fuzz.choose(4)) {
            case 0, 1 -> headers.put(name, value);
            case 2 -> headers.remove(name);
            default -> headers.put(name.toUpperCase(Locale.ROOT), value); // a second spelling beside the first
        }
        event.setHeaders(headers);
    }

    private static void otherHeader(Fuzz fuzz, APIGatewayV2HTTPEvent event) {
        switch (fuzz.choose(4)) {
            case 0 -> header(fuzz, event, "accept-language", fuzz.choose(2) == 0 ? fuzz.pick(LANGUAGES) : fuzz.text(64));
            case 1 -> header(fuzz, event, "idempotency-key", fuzz.value());
            case 2 -> header(fuzz, event, fuzz.pick(HEADERS), fuzz.value());
            default -> header(fuzz, event, fuzz.text(32), fuzz.value());
        }
    }

    /** A query parameter added, changed, given twice (API Gateway joins the values with a comma) or removed. */
    private static void query(Fuzz fuzz, APIGatewayV2HTTPEvent event) {
        Map<String, String> query = event.getQueryStringParameters() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(event.getQueryStringParameters());
        List<String> present = new ArrayList<>(query.keySet());
        switch (present.isEmpty() ? 0 : fuzz.choose(4)) {
            case 0 -> query.put(queryName(fuzz, event.getRouteKey()), fuzz.value());
            case 1 -> query.put(fuzz.pick(present), fuzz.value());
            case 2 -> query.merge(fuzz.pick(present), fuzz.value(), (first, second) -> first + "," + second);
            default -> query.remove(fuzz.pick(present));
        }
        event.setQueryStringParameters(query.isEmpty() ? null : query);
        event.setRawQueryString(query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&")));
    }

    /** Mostly one the contract lists for the route, which the function reads; else one of another route, or made up. */
    private static String queryName(Fuzz fuzz, String routeKey) {
        List<String> listed = fuzz.dictionary().queryNames(routeKey);
        return switch (fuzz.choose(8)) {
            case 0 -> fuzz.text(16);
            case 1 -> fuzz.pick(fuzz.dictionary().queryNames);
            default -> listed.isEmpty() ? fuzz.pick(fuzz.dictionary().queryNames) : fuzz.pick(listed);
        };
    }

    /** One of the route's path parameters given another value (or none), the raw path following it. */
    private void pathParameter(Fuzz fuzz, APIGatewayV2HTTPEvent event) {
        List<String> names = parameterNames(event.getRouteKey());
        if (names.isEmpty()) {
            return;
        }
        Map<String, String> parameters = event.getPathParameters() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(event.getPathParameters());
        String name = fuzz.pick(names);
        if (fuzz.choose(5) == 0) {
            parameters.remove(name);
        } else {
            parameters.put(name, fuzz.value());
        }
        event.setPathParameters(parameters);
        event.setRawPath(rawPath(event.getRouteKey(), parameters));
    }

    /** Another of the function's routes with this request's parts, as if the client had called that one; or nonsense. */
    private void route(Fuzz fuzz, APIGatewayV2HTTPEvent event) {
        if (fuzz.choose(8) == 0) {
            event.setRouteKey(fuzz.text(48));
            return;
        }
        SamTemplate.Route route = fuzz.pick(routes);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String name : parameterNames(route.routeKey())) {
            String kept = event.getPathParameters() == null ? null : event.getPathParameters().get(name);
            parameters.put(name, kept != null ? kept : fuzz.value());
        }
        event.setRouteKey(route.routeKey());
        event.setPathParameters(parameters.isEmpty() ? null : parameters);
        event.setRawPath(rawPath(route.routeKey(), parameters));
        event.getRequestContext().setRouteKey(route.routeKey());
        event.getRequestContext().getHttp().setMethod(route.method());
        event.getRequestContext().getHttp().setPath(event.getRawPath());
    }

    /**
     * Where the request comes from: sign-in and the public check count by it (per address, per /64 in IPv6), and one
     * address would be refused after a few inputs. API Gateway sets it from the connection, so it is an address (0:
     * the example's), never text.
     */
    private static void source(Fuzz fuzz, APIGatewayV2HTTPEvent event) {
        int host = fuzz.choose(1 << 16);
        if (host > 0) {
            event.getRequestContext().getHttp().setSourceIp(host < 0xF000
                    ? "10." + (host >> 8) + "." + (host & 0xFF) + ".1"
                    : String.format("2001:db8:%x::1", host));
        }
    }

    private static List<String> parameterNames(String routeKey) {
        List<String> names = new ArrayList<>();
        Matcher m = PARAMETER.matcher(routeKey == null ? "" : routeKey);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The raw path API Gateway would pass: the route's with each parameter percent-encoded in its place. */
    private static String rawPath(String routeKey, Map<String, String> parameters) {
        String path = routeKey.substring(routeKey.indexOf(' ') + 1);
        Matcher m = PARAMETER.matcher(path);
        StringBuilder raw = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(raw, Matcher.quoteReplacement(encode(parameters.getOrDefault(m.group(1), ""))));
        }
        m.appendTail(raw);
        return raw.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
