package ad.cass.online.domain.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The law's numbers as a file of {@code name=value} lines (pension-parameters.properties, eligibility-parameters.properties)
 * read strictly: a missing or unknown name, or a value that is not what it should be, stops the load with the key it is
 * about, so a typo in the file cannot go unnoticed and a wrong amount is never paid out of a default.
 */
public final class StrictProperties {
    private final String what;
    private final Map<String, String> values;
    private final Set<String> used = new HashSet<>();

    /** @param what what the values are, for the messages: "pension parameters of 2026-01-01" */
    public StrictProperties(String what, Map<String, String> values) {
        this.what = what;
        this.values = Map.copyOf(values);
    }

    /** A classpath resource next to {@code owner}, in UTF-8. */
    public static Properties resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every line of {@code properties}, by name. */
    public static Map<String, String> asMap(Properties properties) {
        Map<String, String> map = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> map.put(name, properties.getProperty(name)));
        return map;
    }

    public BigDecimal decimal(String name) {
        return number(name, value(name));
    }

    public int integer(String name) {
        try {
            return decimal(name).intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalStateException(what + ": " + name + " must be a whole number", e);
        }
    }

    public LocalDate date(String name) {
        String value = value(name);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(what + ": " + name + " is not yyyy-MM-dd: " + value, e);
        }
    }

    /** The values named {@code prefix.<number>}, keyed by that number: the bands of a scale. */
    public NavigableMap<BigDecimal, BigDecimal> bands(String prefix) {
        NavigableMap<BigDecimal, BigDecimal> bands = new TreeMap<>();
        values.forEach((name, value) -> {
            if (name.startsWith(prefix + ".")) {
                used.add(name);
                bands.put(number(name, name.substring(prefix.length() + 1)), number(name, value));
            }
        });
        if (bands.isEmpty()) {
            throw new IllegalStateException(what + ": no " + prefix + ".<n>");
        }
        return bands;
    }

    /** After reading: a name no one asked for is a typo. */
    public void requireAllUsed() {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(used);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(what + ": unknown " + unknown);
        }
    }

    private String value(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalStateException(what + ": " + name + " is missing");
        }
        used.add(name);
        return value.strip();
    }

    private BigDecimal number(String name, String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(what + ": " + name + " is not a number: " + text, e);
        }
    }
}
