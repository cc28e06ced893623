package ad.cass.online.bench.load;

import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Issue 23, "Load": {@code bench/load [--clients 32] [--seconds 60] [--think-ms 250] [--drain-seconds 60]}. Many people
 * at the portal at once on the local runtime, each client its own person or session; prints what was served, the
 * errors, each route's p50/p95/p99 and the peak heap, then checks that every accepted write is there exactly once.
 * Exits 1 on any error or any write lost or doubled. Goal: 0 errors, 0 lost or doubled, p99 of a read at most 3 times
 * its p50.
 */
public final class LoadBench {
    /** Issue 23's goal for a read's tail. */
    static final double TAIL_GOAL = 3.0;

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("log4j2.configurationFile", "log4j2-load.xml");
        int clients = 32;
        int seconds = 60;
        int thinkMillis = 250;
        int drainSeconds = 60;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--think-ms" -> thinkMillis = Integer.parseInt(args[i + 1]);
                case "--drain-seconds" -> drainSeconds = Integer.parseInt(args[i + 1]);
                default -> usage();
            }
        }
        if (args.length % 2 != 0) {
            usage();
        }
        String log = System.getProperty("cass.load.log", System.getProperty("java.io.tmpdir") + "/cass-load-runtime.log");
        System.setProperty("cass.load.log", log);
        // what the runtime prints (the functions' metrics, as embedded-metric lines) goes beside its log, not into the report
        PrintStream report = System.out;
        System.setOut(new PrintStream(new FileOutputStream(log + ".stdout"), false, StandardCharsets.UTF_8));
        LoadRun.Result result;
        try {
            result = LoadRun.run(new LoadRun.Settings(clients, Duration.ofSeconds(seconds), Duration.ofMillis(thinkMillis),
                    Duration.ofSeconds(drainSeconds), Duration.ofSeconds(30)));
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(2); // S3Proxy's threads would keep the JVM alive
            return;
        }
        print(result, report);
        report.println("the runtime's own log: " + log + " (and its standard output: " + log + ".stdout)");
        report.flush();
        System.out.flush();
        System.exit(result.clean() ? 0 : 1); // S3Proxy's threads would keep the JVM alive
    }

    private static void usage() {
        System.err.println("usage: bench/load [--clients 32] [--seconds 60] [--think-ms 250] [--drain-seconds 60]");
        System.exit(2);
    }

    static void print(LoadRun.Result r, PrintStream out) {
        LoadRun.Settings s = r.settings();
        out.printf("bench/load: %d clients for %d s on the local runtime (in this JVM), a pause of 0-%d ms between clicks;"
                        + " runtime ready in %.1f s%n", s.clients(), s.duration().toSeconds(), 2 * s.think().toMillis(), r.startSeconds());
        out.printf("requests served: %,d in %.1f s (%.1f/s)   errors: %d%n", r.served(), r.loadSeconds(), r.served() / r.loadSeconds(),
                r.errors());
        r.errorCounts().forEach((what, count) -> out.printf("  %6d  %s%n", count, what));
        r.errorSamples().forEach(sample -> out.println("  e.g. " + sample));

        out.printf("%n%-48s %7s %8s %8s %8s %8s  %s%n", "route", "count", "p50 ms", "p95 ms", "p99 ms", "max ms", "p99/p50 (read goal <= 3)");
        int reads = 0;
        int met = 0;
        for (RouteTimes.Summary route : r.routes()) {
            String tail = String.format("%5.1f", route.tailRatio());
            if (route.read()) {
                reads++;
                boolean ok = route.tailRatio() <= TAIL_GOAL;
                met += ok ? 1 : 0;
                tail += ok ? "  met" : "  NOT met";
            }
            out.printf("%-48s %7d %8.1f %8.1f %8.1f %8.1f  %s%n", route.route(), route.count(), route.p50(), route.p95(), route.p99(),
                    route.max(), tail);
        }
        out.printf("reads within the tail goal (p99 <= %.0f x p50): %d of %d routes%n", TAIL_GOAL, met, reads);

        HeapWatch.Heap heap = r.heap();
        out.printf("%npeak heap during the load: %,d MB used (just before a collection), at most %,d MB still used after one;"
                        + " limit %,d MB, %d collections. The clients run in the same JVM and are counted in (little beside the"
                        + " runtime: a thread, a socket and the last answer each)%n", mb(heap.peakUsed()), mb(heap.peakAfterGc()),
                mb(heap.max()), heap.collections());

        Map<String, Integer> w = r.writes();
        out.printf("%nwrites accepted: %d procedures filed, %d changes to them (corrections, documents, cancels), %d phone changes,"
                        + " %d documents asked for, %d messages to CASS; %d writes sent twice at once with the same Idempotency-Key%n",
                w.get("procedures filed"), w.get("procedure changes"), w.get("phone changes"), w.get("extracts"), w.get("messages"),
                r.pairs());
        WriteCheck.Verdict v = r.verdict();
        out.printf("checked in DynamoDB, S3 and the outbox once the queues drained (%.1f s): %d writes; lost %d, doubled %d%n",
                r.drainSeconds(), v.checked(), v.lost().size(), v.doubled().size());
        v.lost().stream().limit(20).forEach(line -> out.println("  lost: " + line));
        v.doubled().stream().limit(20).forEach(line -> out.println("  doubled: " + line));
        out.printf("%nresult: %s%n", r.clean() ? "0 errors, nothing lost or doubled" : "FAILED (errors, or writes lost or doubled)");
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }
}
