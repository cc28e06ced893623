package ad.cass.online.domain.simulations;

import ad.cass.online.domain.config.StrictProperties;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The law's numbers by effective date (issue 19): the SMI, the invalidity cap and scales, the CNC thresholds, the
 * retirement conditions and the value of an old-age point change by law or by year, so they are configuration in
 * {@code pension-parameters.properties} beside this class, never literals in the rules. A key is
 * {@code <yyyy-MM-dd>.<name>}; the first date names every value, a later one only what changes from the date before.
 * Load once per process: the sets do not change while it runs.
 */
public final class PensionParameters {
    static final String RESOURCE = "pension-parameters.properties";

    private final NavigableMap<LocalDate, ParameterSet> sets;

    private PensionParameters(NavigableMap<LocalDate, ParameterSet> sets) {
        if (sets.isEmpty()) {
            throw new IllegalStateException("no pension parameters at all");
        }
        this.sets = sets;
    }

    /** The sets of the classpath resource. */
    public static PensionParameters load() {
        return parse(StrictProperties.resource(PensionParameters.class, RESOURCE));
    }

    /** Sets written like the resource; for a test, or a file CASS keeps elsewhere. */
    public static PensionParameters parse(Properties properties) {
        NavigableMap<LocalDate, Map<String, String>> byDate = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            int dot = key.indexOf('.');
            if (dot < 0) {
                throw new IllegalStateException("pension parameter " + key + " has no effective date: <yyyy-MM-dd>.<name>");
            }
            byDate.computeIfAbsent(date(key.substring(0, dot)), d -> new HashMap<>())
                    .put(key.substring(dot + 1), properties.getProperty(key));
        }
        NavigableMap<LocalDate, ParameterSet> sets = new TreeMap<>();
        Map<String, String> inForce = new HashMap<>();
        byDate.forEach((date, changes) -> {
            inForce.putAll(changes);
            sets.put(date, ParameterSet.read(date, new StrictProperties("pension parameters of " + date, inForce)));
        });
        return new PensionParameters(sets);
    }

    /** Sets built directly, each in force from its {@code effectiveFrom}. */
    public static PensionParameters of(ParameterSet... sets) {
        NavigableMap<LocalDate, ParameterSet> byDate = new TreeMap<>();
        for (ParameterSet set : sets) {
            if (byDate.put(set.effectiveFrom(), set) != null) {
                throw new IllegalArgumentException("two pension parameter sets take effect on " + set.effectiveFrom());
            }
        }
        return new PensionParameters(byDate);
    }

    /** The set in force on {@code day}: the one with the latest effective date not after it. */
    public ParameterSet at(LocalDate day) {
        Map.Entry<LocalDate, ParameterSet> inForce = sets.floorEntry(day);
        if (inForce == null) {
            throw new IllegalStateException("no pension parameters in force on " + day + ": the first set takes effect on "
                    + sets.firstKey());
        }
        return inForce.getValue();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("pension parameter date " + text + " is not yyyy-MM-dd", e);
        }
    }
}
