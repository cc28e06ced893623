package ad.cass.online.aws.dynamodb;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Hand-written attribute mapping: no reflection, no bean introspection at cold start. */
public final class Attrs {
    public static final String PK = "pk";
    public static final String SK = "sk";

    private Attrs() {
    }

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    public static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    public static AttributeValue m(Map<String, AttributeValue> value) {
        return AttributeValue.fromM(value);
    }

    public static AttributeValue l(List<AttributeValue> value) {
        return AttributeValue.fromL(value);
    }

    /** Sets the string attribute when there is a value: an absent one is no attribute, never an empty string. */
    public static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, s(value));
        }
    }

    public static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, s(pk), SK, s(sk));
    }

    public static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        if (v == null || v.s() == null) {
            throw new IllegalStateException("item lacks string attribute " + name);
        }
        return v.s();
    }

    public static Optional<String> optStr(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? Optional.empty() : Optional.ofNullable(v.s());
    }

    public static long num(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        if (v == null || v.n() == null) {
            throw new IllegalStateException("item lacks number attribute " + name);
        }
        return Long.parseLong(v.n());
    }

    public static List<AttributeValue> list(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || !v.hasL() ? List.of() : v.l();
    }
}
