package ad.cass.online.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What went wrong, counted per route and kind: an answer the client did not expect (any 5xx among them), a timeout,
 * a broken connection, an answer it could not read. The first few are kept whole, to be read in the report.
 */
final class Failures {
    private static final int SAMPLES = 12;

    private final Map<String, AtomicLong> counts = new TreeMap<>();
    private final List<String> samples = new ArrayList<>();
    private long total;

    synchronized void add(String route, String kind, String detail) {
        counts.computeIfAbsent(route + " -> " + kind, k -> new AtomicLong()).incrementAndGet();
        total++;
        if (samples.size() < SAMPLES) {
            samples.add(route + " -> " + kind + ": " + (detail.length() > 400 ? detail.substring(0, 400) + "…" : detail));
        }
    }

    synchronized long total() {
        return total;
    }

    synchronized Map<String, Long> counts() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    synchronized List<String> samples() {
        return List.copyOf(samples);
    }
}
