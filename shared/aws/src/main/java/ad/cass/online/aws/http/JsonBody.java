package ad.cass.online.aws.http;

import ad.cass.online.domain.error.InvalidInput;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request body read as a JSON object, with field access that turns every client mistake into an
 * {@link InvalidInput} naming the field: missing, wrong type, too long, control characters.
 */
public final class JsonBody {
    private final ObjectNode root;
    /** Where this object sits in the body ({@code "address."}), so a problem names the member in full. */
    private final String path;

    private JsonBody(ObjectNode root, String path) {
        this.root = root;
        this.path = path;
    }

    public static JsonBody parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInput("body", "Falta el cos de la petició (JSON).");
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new InvalidInput("body", "El cos de la petició no és un JSON vàlid.");
        }
        if (!(node instanceof ObjectNode object)) {
            throw new InvalidInput("body", "El cos de la petició ha de ser un objecte JSON.");
        }
        return new JsonBody(object, "");
    }

    /** A member that is itself an object ({@code "address": {…}}); its members' problems are named {@code address.street}. */
    public Optional<JsonBody> optionalObject(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!(value instanceof ObjectNode object)) {
            throw new InvalidInput(name(field), "El camp «{0}» ha de ser un objecte JSON.", name(field));
        }
        return Optional.of(new JsonBody(object, name(field) + "."));
    }

    private String name(String field) {
        return path + field;
    }

    public String requiredString(String field, int maxLength) {
        return optionalString(field, maxLength)
                .orElseThrow(() -> new InvalidInput(name(field), "Falta el camp «{0}».", name(field)));
    }

    public Optional<String> optionalString(String field, int maxLength) {
        return text(field, maxLength, false);
    }

    /** A text of several lines (a message): line breaks and tabs are allowed, other control characters not. */
    public Optional<String> optionalText(String field, int maxLength) {
        return text(field, maxLength, true);
    }

    private Optional<String> text(String field, int maxLength, boolean lines) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new InvalidInput(name(field), "El camp «{0}» ha de ser un text.", name(field));
        }
        String text = value.textValue();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.length() > maxLength) {
            throw new InvalidInput(name(field), "El camp «{0}» és massa llarg (màxim {1} caràcters).", name(field), maxLength);
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && !(lines && (c == '\n' || c == '\r' || c == '\t')))) {
            throw new InvalidInput(name(field), "El camp «{0}» conté caràcters de control.", name(field));
        }
        return Optional.of(text);
    }

    /** true or false, and nothing else: a form's tick box the person must answer. */
    public boolean requiredBoolean(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidInput(name(field), "Falta el camp «{0}».", name(field));
        }
        if (!value.isBoolean()) {
            throw new InvalidInput(name(field), "El camp «{0}» ha de ser true o false.", name(field));
        }
        return value.booleanValue();
    }

    /** A calendar day written {@code yyyy-MM-dd}. */
    public LocalDate requiredDate(String field) {
        String text = requiredString(field, 10);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(name(field), "El camp «{0}» ha de ser una data (aaaa-mm-dd).", name(field));
        }
    }

    /**
     * A list of objects ({@code "lines": [{…}, …]}), possibly absent (empty then); their members' problems are named
     * {@code lines.days}, the same for every element (the rules say which one in their detail).
     */
    public List<JsonBody> optionalObjects(String field, int maxItems) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray() || value.size() > maxItems) {
            throw new InvalidInput(name(field), "El camp «{0}» ha de ser una llista de com a màxim {1} objectes.", name(field), maxItems);
        }
        List<JsonBody> objects = new ArrayList<>();
        for (JsonNode item : value) {
            if (!(item instanceof ObjectNode object)) {
                throw new InvalidInput(name(field), "El camp «{0}» ha de ser una llista de com a màxim {1} objectes.", name(field), maxItems);
            }
            objects.add(new JsonBody(object, name(field) + "."));
        }
        return objects;
    }

    /** A list of short texts, possibly absent (empty then). */
    public List<String> optionalStrings(String field, int maxItems, int maxLength) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray() || value.size() > maxItems) {
            throw new InvalidInput(name(field), "El camp «{0}» ha de ser una llista de com a màxim {1} textos.", name(field), maxItems);
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || item.textValue().length() > maxLength || item.textValue().chars().anyMatch(Character::isISOControl)) {
                throw new InvalidInput(name(field), "El camp «{0}» ha de ser una llista de textos curts.", name(field));
            }
            texts.add(item.textValue());
        }
        return texts;
    }

    /**
     * A member that is an object of short texts ({@code "fields": {"country": "FR"}}), as names and values; a null
     * value is kept as null (a change that empties the field). Absent: empty.
     */
    public Map<String, String> optionalStringMembers(String field, int maxMembers, int maxLength) {
        Map<String, String> members = new LinkedHashMap<>();
        Optional<JsonBody> object = optionalObject(field);
        if (object.isEmpty()) {
            return members;
        }
        if (object.get().root.size() > maxMembers) {
            throw new InvalidInput(name(field), "El camp «{0}» té massa membres (màxim {1}).", name(field), maxMembers);
        }
        for (Iterator<String> names = object.get().root.fieldNames(); names.hasNext(); ) {
            String member = names.next();
            members.put(member, object.get().optionalString(member, maxLength).orElse(null));
        }
        return members;
    }

    /** A whole number from 0 to {@code max}. */
    public long requiredCount(String field, long max) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidInput(name(field), "Falta el camp «{0}».", name(field));
        }
        if (!value.canConvertToExactIntegral() || !value.canConvertToLong() || value.asLong() < 0 || value.asLong() > max) {
            throw new InvalidInput(name(field), "El camp «{0}» ha de ser un nombre enter de 0 a {1}.", name(field), max);
        }
        return value.asLong();
    }

    /** A whole number (a JSON integer, or a number without a fraction) that fits a long; its range is the rules' to check. */
    public Optional<Long> optionalWhole(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isNumber() || !value.canConvertToExactIntegral() || !value.canConvertToLong()) {
            throw new InvalidInput(name(field), "El camp «{0}» ha de ser un nombre enter.", name(field));
        }
        return Optional.of(value.asLong());
    }

    public long requiredWhole(String field) {
        return optionalWhole(field).orElseThrow(() -> new InvalidInput(name(field), "Falta el camp «{0}».", name(field)));
    }

    /**
     * Any JSON number, exactly as written ({@code 65.01} is 65.01, not the double nearest to it); its range and its
     * decimals are the rules' to check.
     */
    public java.math.BigDecimal requiredNumber(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidInput(name(field), "Falta el camp «{0}».", name(field));
        }
        if (!value.isNumber()) {
            throw new InvalidInput(name(field), "El camp «{0}» ha de ser un nombre.", name(field));
        }
        // a double's text is the shortest that reads back as it, which is what the client wrote
        return value.isBigDecimal() || value.isIntegralNumber() ? value.decimalValue() : new java.math.BigDecimal(value.asText());
    }

    public Optional<Boolean> optionalBoolean(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(requiredBoolean(field));
    }
}
