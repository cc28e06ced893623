package ad.cass.online.local.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Jazzer's input read as the choices a request is made of: numbers from its end, text from its start. A used-up input
 * reads 0 for every choice, and 0 is always the choice that changes least, so an empty input is an example as it is
 * and a short one a small change of it.
 */
final class Fuzz {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final FuzzedDataProvider data;
    private final Dictionary dictionary;

    Fuzz(FuzzedDataProvider data) {
        this.data = data;
        this.dictionary = Dictionary.get();
    }

    Dictionary dictionary() {
        return dictionary;
    }

    /** 0 to {@code n - 1}. */
    int choose(int n) {
        return data.consumeInt(0, n - 1);
    }

    <T> T pick(List<T> among) {
        return among.get(choose(among.size()));
    }

    boolean exhausted() {
        return data.remainingBytes() == 0;
    }

    /**
     * Made-up text. API Gateway hands a function UTF-8 JSON, which cannot carry half a surrogate pair: such a char
     * becomes '?', as the JSON serialiser would otherwise refuse the event.
     */
    String text(int maxLength) {
        return new String(data.consumeString(maxLength).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    byte[] bytes(int maxLength) {
        return data.consumeBytes(maxLength);
    }

    /**
     * A value for a parameter, a header or a member: a word of the dictionary, made up, or long (DynamoDB refuses a key
     * over 1,024 bytes: a value that reaches one unchecked is a 500).
     */
    String value() {
        return switch (choose(4)) {
            case 0 -> pick(dictionary.values);
            case 1 -> text(64);
            case 2 -> pick(dictionary.values) + text(16);
            default -> {
                String unit = pick(dictionary.values);
                String repeated = (unit.isEmpty() ? "A" : unit).repeat(1 + choose(2_000));
                yield repeated.substring(0, Math.min(repeated.length(), 1 + choose(5_000)));
            }
        };
    }

    /** A JSON value of any type, nested at most {@code depth} deep. */
    JsonNode json(int depth) {
        return switch (choose(depth > 0 ? 12 : 10)) {
            case 0 -> NODES.textNode(value());
            case 1 -> NODES.nullNode();
            case 2 -> NODES.booleanNode(data.consumeBoolean());
            case 3 -> NODES.numberNode(data.consumeInt());
            case 4 -> NODES.numberNode(data.consumeLong());
            case 5 -> NODES.numberNode(data.consumeDouble());
            case 6 -> NODES.numberNode(new BigInteger("9".repeat(1 + choose(60))).negate().pow(1 + choose(2)));
            case 7 -> NODES.numberNode(new BigDecimal("1E" + (data.consumeInt(-400, 400))));
            case 8 -> NODES.textNode(text(256));
            case 9 -> NODES.textNode(pick(dictionary.fieldNames));
            case 10 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = choose(4); i > 0; i--) {
                    array.add(json(depth - 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (int i = choose(4); i > 0; i--) {
                    object.set(data.consumeBoolean() ? pick(dictionary.fieldNames) : text(16), json(depth - 1));
                }
                yield object;
            }
        };
    }
}
