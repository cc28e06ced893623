package ad.cass.online.local.fuzz;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Changes to a request's body. Many keep it JSON and change one member (a value of another type, one missing, one
 * added), which is what reaches the checks behind the parser; the others replace it (text, nothing, too much, bytes
 * that are not UTF-8).
 */
final class BodyMutations {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BodyMutations() {
    }

    static void apply(Fuzz fuzz, APIGatewayV2HTTPEvent event) {
        switch (fuzz.choose(8)) {
            case 0, 1, 2 -> editJson(fuzz, event);
            case 3 -> event.setBody(fuzz.text(4096));
            case 4 -> event.setBody(null);
            case 5 -> event.setBody(fuzz.json(4).toString());
            case 6 -> event.setBody(oversized(fuzz));
            default -> encoding(fuzz, event);
        }
    }

    /** One member of the JSON body changed, removed or added (the body as it is when it is not JSON). */
    private static void editJson(Fuzz fuzz, APIGatewayV2HTTPEvent event) {
        JsonNode root = parse(event);
        if (root == null) {
            event.setBody(fuzz.text(4096));
            return;
        }
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) {
            event.setBody(fuzz.json(3).toString());
            return;
        }
        JsonNode target = fuzz.pick(containers);
        if (target instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            switch (names.isEmpty() ? 2 : fuzz.choose(3)) {
                case 0 -> object.set(fuzz.pick(names), fuzz.json(2));
                case 1 -> object.remove(fuzz.pick(names));
                default -> object.set(fuzz.pick(fuzz.dictionary().fieldNames), fuzz.json(2));
            }
        } else if (target instanceof ArrayNode array) {
            if (array.isEmpty() || fuzz.choose(2) == 1) {
                array.add(fuzz.json(2));
            } else {
                array.set(fuzz.choose(array.size()), fuzz.json(2));
            }
        }
        event.setBody(write(root));
    }

    /** Past MAX_BODY_BYTES (16 KiB), or nested deeper than any parser should follow. */
    private static String oversized(Fuzz fuzz) {
        int times = 1 + fuzz.choose(20_000);
        return switch (fuzz.choose(3)) {
            case 0 -> "[".repeat(times) + "]".repeat(times);
            case 1 -> "{\"a\":".repeat(times) + "1" + "}".repeat(times);
            default -> {
                String unit = fuzz.text(8);
                yield (unit.isEmpty() ? "x" : unit).repeat(times);
            }
        };
    }

    /** As API Gateway passes a body it does not take for text: base64, of UTF-8 or of any bytes. */
    private static void encoding(Fuzz fuzz, APIGatewayV2HTTPEvent event) {
        switch (fuzz.choose(4)) {
            case 0 -> {
                event.setIsBase64Encoded(true);
                event.setBody(event.getBody() == null ? null
                        : Base64.getEncoder().encodeToString(event.getBody().getBytes(StandardCharsets.UTF_8)));
            }
            case 1 -> event.setIsBase64Encoded(true); // the body as it is: seldom base64
            case 2 -> {
                event.setIsBase64Encoded(true);
                event.setBody(Base64.getEncoder().encodeToString(fuzz.bytes(4096)));
            }
            default -> event.setIsBase64Encoded(false);
        }
    }

    private static JsonNode parse(APIGatewayV2HTTPEvent event) {
        if (event.getBody() == null || event.getIsBase64Encoded()) {
            return null;
        }
        try {
            return JSON.readTree(event.getBody());
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    private static String write(JsonNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
