package ad.cass.online.local.fuzz;

import java.util.Map;
import java.util.TreeMap;

/**
 * How many inputs each function answered with which status, printed when a fuzz test class ends (FuzzTests): a run
 * whose answers are all 400s fuzzed the parser only, and this says so. With {@code -Dfuzz.print=true} each request
 * and its answer are printed too: what an input in an Inputs folder asks.
 */
final class Tally {
    private static final Map<String, Map<String, Integer>> COUNTS = new TreeMap<>();

    private Tally() {
    }

    private static final boolean PRINT = Boolean.getBoolean("fuzz.print");

    static synchronized void count(String function, String outcome, String eventJson, String answerJson) {
        COUNTS.computeIfAbsent(function, f -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
        if (PRINT) {
            System.err.println(function + " " + outcome + "\n  event:  " + eventJson + "\n  answer: " + answerJson);
        }
    }

    static synchronized void printAndReset() {
        System.err.println("fuzzed: " + COUNTS);
        COUNTS.clear();
    }
}
