package ad.cass.online.domain.declarants;

import ad.cass.online.domain.config.StrictProperties;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The contribution figures by effective date (issue 22: "make each one configuration with its effective date"), from
 * {@code contribution-parameters.properties} beside this class. A key is {@code <yyyy-MM-dd>.<name>}; the first date
 * names every value, a later one only what changes. Load once per process.
 */
public final class ContributionParameters {
    static final String RESOURCE = "contribution-parameters.properties";

    private final NavigableMap<LocalDate, ContributionSet> sets;

    private ContributionParameters(NavigableMap<LocalDate, ContributionSet> sets) {
        if (sets.isEmpty()) {
            throw new IllegalStateException("no contribution parameters at all");
        }
        this.sets = sets;
    }

    public static ContributionParameters load() {
        return parse(StrictProperties.resource(ContributionParameters.class, RESOURCE));
    }

    public static ContributionParameters parse(Properties properties) {
        NavigableMap<LocalDate, Map<String, String>> byDate = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            int dot = key.indexOf('.');
            if (dot < 0) {
                throw new IllegalStateException("contribution parameter " + key + " has no effective date: <yyyy-MM-dd>.<name>");
            }
            byDate.computeIfAbsent(date(key.substring(0, dot)), d -> new HashMap<>())
                    .put(key.substring(dot + 1), properties.getProperty(key));
        }
        NavigableMap<LocalDate, ContributionSet> sets = new TreeMap<>();
        Map<String, String> inForce = new HashMap<>();
        byDate.forEach((date, changes) -> {
            inForce.putAll(changes);
            sets.put(date, ContributionSet.read(date, new StrictProperties("contribution parameters of " + date, inForce)));
        });
        return new ContributionParameters(sets);
    }

    /** The set in force on {@code day}: the one with the latest effective date not after it. */
    public ContributionSet at(LocalDate day) {
        Map.Entry<LocalDate, ContributionSet> inForce = sets.floorEntry(day);
        if (inForce == null) {
            throw new IllegalStateException("no contribution parameters in force on " + day + ": the first set takes effect on "
                    + sets.firstKey());
        }
        return inForce.getValue();
    }

    /** The earliest month these figures cover: older months cannot be declared here. */
    public LocalDate firstEffectiveDate() {
        return sets.firstKey();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("contribution parameter date " + text + " is not yyyy-MM-dd", e);
        }
    }
}
