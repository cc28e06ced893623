package ad.cass.online.domain.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** The values of eligibility-parameters.properties by name, so that a typo in the file cannot go unnoticed. */
final class PropertyReader {
    private final Properties values;
    private final Set<String> used = new HashSet<>();

    PropertyReader(Properties values) {
        this.values = values;
    }

    int integer(String name) {
        String value = value(name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("eligibility parameter " + name + " is not a whole number: " + value, e);
        }
    }

    LocalDate date(String name) {
        String value = value(name);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("eligibility parameter " + name + " is not yyyy-MM-dd: " + value, e);
        }
    }

    void requireAllUsed() {
        Set<String> unknown = new TreeSet<>(values.stringPropertyNames());
        unknown.removeAll(used);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("unknown eligibility parameters " + unknown);
        }
    }

    private String value(String name) {
        String value = values.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("eligibility parameter " + name + " is missing");
        }
        used.add(name);
        return value.strip();
    }
}
