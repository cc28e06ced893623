package ad.cass.online.bench.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Every answer's time, per route of the template ({@code GET /procedures/{code}}), and the percentiles of each. */
final class RouteTimes {
    /** One route's figures, in milliseconds. */
    record Summary(String route, int count, double p50, double p95, double p99, double max) {
        boolean read() {
            return route.startsWith("GET ");
        }

        double tailRatio() {
            return p50 == 0 ? 0 : p99 / p50;
        }
    }

    private final Map<String, List<Long>> nanos = new ConcurrentHashMap<>();

    void add(String route, long elapsedNanos) {
        List<Long> times = nanos.computeIfAbsent(route, r -> new ArrayList<>());
        synchronized (times) {
            times.add(elapsedNanos);
        }
    }

    /** Sorted by route. */
    List<Summary> summaries() {
        Map<String, Summary> sorted = new TreeMap<>();
        nanos.forEach((route, times) -> {
            long[] sortedTimes;
            synchronized (times) {
                sortedTimes = times.stream().mapToLong(Long::longValue).toArray();
            }
            Arrays.sort(sortedTimes);
            sorted.put(route, new Summary(route, sortedTimes.length, percentile(sortedTimes, 50), percentile(sortedTimes, 95),
                    percentile(sortedTimes, 99), sortedTimes[sortedTimes.length - 1] / 1e6));
        });
        return List.copyOf(sorted.values());
    }

    /** Nearest rank: the smallest time at least {@code p} % of the answers took no longer than. */
    static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
