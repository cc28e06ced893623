package ad.cass.online.domain.simulations;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One effective date's values, by name, as {@link ParameterSet#read} takes them: a missing or unknown name, or a
 * value that is no number, stops the load with the key it is about, so a typo in the file cannot go unnoticed.
 */
final class ParameterReader {
    private final String date;
    private final Map<String, String> values;
    private final Set<String> used = new HashSet<>();

    ParameterReader(String date, Map<String, String> values) {
        this.date = date;
        this.values = Map.copyOf(values);
    }

    BigDecimal decimal(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("pension parameters of " + date + ": " + name + " is missing");
        }
        used.add(name);
        return number(name, value);
    }

    int integer(String name) {
        try {
            return decimal(name).intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalStateException("pension parameters of " + date + ": " + name + " must be a whole number", e);
        }
    }

    /** The values named {@code prefix.<number>}, keyed by that number: the bands of a scale. */
    NavigableMap<BigDecimal, BigDecimal> bands(String prefix) {
        NavigableMap<BigDecimal, BigDecimal> bands = new TreeMap<>();
        values.forEach((name, value) -> {
            if (name.startsWith(prefix + ".")) {
                used.add(name);
                bands.put(number(name, name.substring(prefix.length() + 1)), number(name, value));
            }
        });
        if (bands.isEmpty()) {
            throw new IllegalStateException("pension parameters of " + date + ": no " + prefix + ".<n>");
        }
        return bands;
    }

    void requireAllUsed() {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(used);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("pension parameters of " + date + ": unknown " + unknown);
        }
    }

    private BigDecimal number(String name, String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("pension parameters of " + date + ": " + name + " is not a number: " + text, e);
        }
    }
}
