package ad.cass.online.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code openapi.yaml} as the tests hold the code to it: an answer a handler gives must be one the contract
 * lists for that route and status, with that media type, and its body must match the schema (JSON Schema
 * 2020-12, the dialect of OpenAPI 3.1, checked by networknt's validator, not by hand).
 */
public final class ApiContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> COMPILED = new ConcurrentHashMap<>();
    private static volatile JsonNode document;

    private ApiContract() {
    }

    public static Path file() {
        return TestStack.projectRoot().resolve("openapi.yaml");
    }

    /** The contract, read once per test JVM. */
    public static JsonNode document() {
        if (document == null) {
            try {
                document = new ObjectMapper(new YAMLFactory()).readTree(file().toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return document;
    }

    /** Every operation of the contract as {@code "METHOD /path"}. */
    public static Set<String> operations() {
        Set<String> operations = new LinkedHashSet<>();
        document().path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (List.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }

    /** Fails the test when {@code response} breaks the contract of the event's route; else returns it. */
    public static APIGatewayV2HTTPResponse checked(APIGatewayV2HTTPEvent event, APIGatewayV2HTTPResponse response) {
        List<String> problems = violations(event.getRouteKey(), response.getStatusCode(), header(response, "content-type"),
                response.getBody());
        if (!problems.isEmpty()) {
            throw new AssertionError("the answer to " + event.getRouteKey() + " breaks openapi.yaml: " + problems
                    + "\n" + response.getStatusCode() + " " + response.getBody());
        }
        return response;
    }

    /** As {@link #checked(APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse)}, for an event read as a map (mutual TLS). */
    public static APIGatewayV2HTTPResponse checked(Map<String, Object> event, APIGatewayV2HTTPResponse response) {
        APIGatewayV2HTTPEvent typed = new APIGatewayV2HTTPEvent();
        typed.setRouteKey(String.valueOf(event.get("routeKey")));
        return checked(typed, response);
    }

    /** What is wrong with an answer, by the contract; empty when it conforms. */
    public static List<String> violations(String routeKey, int status, String contentType, String body) {
        String[] route = routeKey.split(" ", 2);
        JsonNode operation = document().path("paths").path(route[1]).path(route[0].toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            return List.of("no operation " + routeKey);
        }
        JsonNode answer = resolve(operation.path("responses").path(Integer.toString(status)));
        if (answer.isMissingNode()) {
            return List.of("status " + status + " is not listed");
        }
        JsonNode content = answer.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return body == null || body.isEmpty() ? List.of() : List.of("a body where the contract has none");
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode media = content.path(mediaType);
        if (media.isMissingNode()) {
            return List.of("media type '" + mediaType + "' is not listed; the contract has " + names(content));
        }
        if (!mediaType.endsWith("json")) { // a document (an export, a copy): its content is checked by reading it back
            return body == null || body.isEmpty() ? List.of("no body where the contract has " + mediaType) : List.of();
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(body == null ? "" : body);
        } catch (IOException e) {
            return List.of("the body is not JSON");
        }
        if (instance == null || instance.isMissingNode()) {
            return List.of("no body where the contract has " + mediaType);
        }
        Schema schema = COMPILED.computeIfAbsent(routeKey + " " + status + " " + mediaType, key -> compile(media.path("schema")));
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(instance)) {
            problems.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        return problems;
    }

    /**
     * A schema of the contract with the contract's components beside it, so that its
     * {@code $ref: '#/components/schemas/…'} resolve within one document.
     */
    private static Schema compile(JsonNode schema) {
        ObjectNode root = schema.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", document().path("components"));
        // a location of its own for each: the registry caches schemas by location
        return SCHEMAS.getSchema(SchemaLocation.of("urn:cass:openapi:" + COMPILED.size() + ":" + System.identityHashCode(root)), root);
    }

    /** Follows {@code $ref} between OpenAPI objects (responses), which are not JSON Schema. */
    private static JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = document().at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static String header(APIGatewayV2HTTPResponse response, String name) {
        if (response.getHeaders() == null) {
            return null;
        }
        return response.getHeaders().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
