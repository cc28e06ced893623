package ad.cass.online.local.fuzz;

import ad.cass.online.domain.identity.AuthMethod;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.testing.ApiContract;
import ad.cass.online.testing.TestStack;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The words the fuzzer builds requests from, besides the bytes it makes up: what the contract names (query parameters,
 * body members, enum values), what the example events hold (codes, ids, dates of the demo data), and strings known to
 * upset parsers. Coverage guidance alone takes long to find {@code "xlsx"} or a procedure code that exists.
 */
final class Dictionary {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Dictionary instance;

    /** Strings that have broken parsers elsewhere: edges of numbers and dates, encodings, separators, injections. */
    private static final List<String> TRICKY = List.of("", " ", "null", "0", "-1", "2147483648", "-9223372036854775809",
            "9".repeat(40), "1e309", "NaN", "0x1F", "true", "2026-02-29", "2026-13-01", "0000-01-01", "+999999999-12-31",
            "2026-1", "2026-10", "2026", "1900-01-01T00:00:00Z", "100001A", "100001a", "000000A", "999999Z", "../../etc/passwd",
            "..%2F..%2F", "a/b", "a,b", "a=b&c", "%", "%ZZ", "\u0000", "\r\nX-Injected: 1", "\t", "\uFEFF", "é", "🙂",
            "\u202Eevil", "<script>", "' OR '1'='1", "${jndi:ldap://127.0.0.1/a}", "{{7*7}}", "a@b", "@", "AD12 0001 2030",
            "AD1200012030200359100100", "eyJrIjoiYSJ9", "=", "x".repeat(300));

    final List<String> values;
    final List<String> fieldNames;
    final List<String> queryNames;
    final List<String> principals;

    private Dictionary(List<String> values, List<String> fieldNames, List<String> queryNames, List<String> principals) {
        this.values = values;
        this.fieldNames = fieldNames;
        this.queryNames = queryNames;
        this.principals = principals;
    }

    static synchronized Dictionary get() {
        if (instance == null) {
            instance = read();
        }
        return instance;
    }

    private static Dictionary read() {
        TreeSet<String> values = new TreeSet<>(TRICKY);
        TreeSet<String> fields = new TreeSet<>();
        TreeSet<String> queries = new TreeSet<>();
        TreeSet<String> principals = new TreeSet<>();
        for (AuthMethod method : AuthMethod.values()) {
            values.add(method.name());
        }
        for (Language language : Language.values()) {
            values.add(language.code());
        }
        contract(ApiContract.document(), values, fields, queries);
        try (Stream<Path> files = Files.walk(TestStack.projectRoot().resolve("events"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode event = JSON.readTree(file.toFile());
                leaves(event.path("pathParameters"), values);
                leaves(event.path("queryStringParameters"), values);
                event.path("queryStringParameters").fieldNames().forEachRemaining(queries::add);
                JsonNode context = event.at("/requestContext/authorizer/lambda");
                if (context.isObject() && !context.has("authorizerFault")) {
                    principals.add(context.toString());
                    leaves(context, values);
                }
                try {
                    JsonNode body = JSON.readTree(event.path("body").asText(""));
                    if (body != null) {
                        leaves(body, values);
                        names(body, fields);
                    }
                } catch (IOException notJson) {
                    // a body that is not JSON on purpose (login-malformed-json): nothing to learn from it
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Dictionary(List.copyOf(values), List.copyOf(fields), List.copyOf(queries), List.copyOf(principals));
    }

    /** Enum and const strings, property names and query parameter names, wherever they are in openapi.yaml. */
    private static void contract(JsonNode node, TreeSet<String> values, TreeSet<String> fields, TreeSet<String> queries) {
        if (node.isObject()) {
            if ("query".equals(node.path("in").asText()) && node.has("name")) {
                queries.add(node.get("name").asText());
            }
            node.path("properties").fieldNames().forEachRemaining(fields::add);
            node.path("enum").forEach(v -> {
                if (v.isTextual()) {
                    values.add(v.asText());
                }
            });
            if (node.path("const").isTextual()) {
                values.add(node.get("const").asText());
            }
        }
        node.forEach(child -> contract(child, values, fields, queries));
    }

    private static void leaves(JsonNode node, TreeSet<String> into) {
        if (node.isValueNode()) {
            into.add(node.asText());
        }
        node.forEach(child -> leaves(child, into));
    }

    private static void names(JsonNode node, TreeSet<String> into) {
        node.fieldNames().forEachRemaining(into::add);
        node.forEach(child -> names(child, into));
    }

    /** The query parameters openapi.yaml lists for a route ({@code GET /reimbursements}), in its order. */
    List<String> queryNames(String routeKey) {
        String[] route = routeKey == null ? new String[0] : routeKey.split(" ", 2);
        if (route.length < 2) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        JsonNode document = ApiContract.document();
        for (JsonNode parameter : document.path("paths").path(route[1]).path(route[0].toLowerCase(Locale.ROOT)).path("parameters")) {
            JsonNode resolved = parameter.has("$ref") ? document.at(parameter.get("$ref").asText().substring(1)) : parameter;
            if ("query".equals(resolved.path("in").asText())) {
                names.add(resolved.path("name").asText());
            }
        }
        return names;
    }

    /** The authorizer contexts of the examples, each a map, in a stable order. */
    List<Map<String, Object>> principalContexts() {
        List<Map<String, Object>> contexts = new ArrayList<>();
        for (String principal : principals) {
            try {
                contexts.add(JSON.readValue(principal, JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return contexts;
    }
}
