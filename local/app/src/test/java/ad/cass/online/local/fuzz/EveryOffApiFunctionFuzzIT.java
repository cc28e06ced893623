package ad.cass.online.local.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;

/**
 * Issue 23, "Bad input", off the HTTP API: every function template.yaml gives no route fuzzed with Jazzer, on the
 * local runtime as {@link EveryHttpFunctionFuzzIT} does the API's (FuzzStack: one local system per JVM; FunctionHost:
 * each function built and invoked as Lambda does). An event starts from the function's example in events/, read into
 * the events library's class (SQSEvent, ScheduledEvent) or, for the staff's functions, a map of strings.
 * <ul>
 *   <li>The queues' consumers, NoticesFunction and ExtractGeneratorFunction ({@link QueueFuzzing}): no exception; an
 *       SQSBatchResponse whose failures name messages of the batch, never one of a valid shape ({@link NoticeBodies},
 *       {@link ExtractJobBodies}: what the producers write, whether or not what it names exists); the batch delivered
 *       twice holds the same.</li>
 *   <li>The staff's functions ({@link StaffFunctionFuzzing}, {@link StaffFunctions}): no exception for any object of
 *       strings, {@code null} or {@code {}}; a REFUSED answer with a detail and at most a field of the event, or the
 *       function's success; the same invocation twice, no doubled effect.</li>
 *   <li>The proof-of-life schedules ({@link ScheduleFuzzing}): no exception for a plausible time, nothing recorded by
 *       the same event run again; no pension changed by a run for an absurd time.</li>
 * </ul>
 * A fuzz test per function or handler class ({@code NoticesQueueFuzzIT}, {@code ExtractsQueueFuzzIT},
 * {@code RevokeDocumentFuzzIT}, {@code RecordDeclarantPaymentFuzzIT}, {@code ConfirmDeclarantChangeFuzzIT},
 * {@code RecordLifeCertificateFuzzIT}, {@code ReadPensionAuditFuzzIT}, {@code LifeCertificatesScheduledFuzzIT})
 * replays its inputs ({@code src/test/resources/ad/cass/online/local/fuzz/<Test>Inputs/fuzz/}: the example as it is,
 * a few valid ones, every input that found a bug, named for what it found) with the other ITs; this one fuzzes them
 * all at once in a JVM of its own (profile {@code fuzz-in-verify}, next to EveryHttpFunctionFuzzIT's) for
 * {@link #ONE_RUN}, an input's last byte naming the function (the list below): some 450 inputs (15 to 20 a second:
 * each event is handed over twice or more, a staff function's twice, a schedule's run twice or read around), about 45
 * a function. The suite's budget is tight: the JVM, Jazzer's agent and the emulators cost some 20 s more. A finding
 * fails the build; Jazzer keeps its input in
 * {@code EveryOffApiFunctionFuzzITInputs/fuzz/crash-<sha1>}, replayed from then on (without its last byte it is the
 * same event for the function's own test).
 *
 * <h2>Longer runs</h2>
 * Twenty-five seconds for ten functions finds what some forty-five inputs each find; a run of one function goes deeper (the reminders
 * run for 2100 was found by the schedules' own two-minute run, not by this one's). On 1 Dec 2026: each test for 2
 * minutes (1,000 to 19,000 inputs: 7 a second for the schedules, 160 for the revocation) and this one for 5 (5,225).
 * One function for 30 minutes (5 without {@code -Djazzer.max_duration}: {@link #ONE_FUNCTION}), its inputs first, its
 * corpus kept in local/app/.cifuzz-corpus/ (not in git) for the next run:
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -o verify -pl local/app -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=RevokeDocumentFuzzIT -Djazzer.max_duration=30m
 * </pre>
 * (JAZZER_FUZZ also turns on profile {@code fuzz-by-hand}, which has Jazzer cover the functions' classes.) Every
 * function, one JVM each: the same command in a loop over the eight tests above; or
 * {@code -Dit.test=EveryOffApiFunctionFuzzIT} for all in one run. {@code -Djazzer.keep_going=10} goes on past the
 * first finding; {@code -Dfuzz.print=true} prints every event and answer (what a kept input asks).
 */
class EveryOffApiFunctionFuzzIT extends FuzzTests {
    /** CI's bound for this test: some two and a half seconds a function, what the suite's budget leaves (its JVM about 45 s). */
    static final String ONE_RUN = "25s";
    /** A per-function test's bound when fuzzed on its own; {@code -Djazzer.max_duration} overrides both. */
    static final String ONE_FUNCTION = "5m";

    /** Indexed by an input's last byte: append, never reorder, or the kept inputs name other functions. */
    static final List<Consumer<FuzzedDataProvider>> FUNCTIONS = List.of(
            data -> OffApiFunctions.Queues.NOTICES.fuzz(data),
            data -> OffApiFunctions.Queues.EXTRACTS.fuzz(data),
            data -> StaffFunctionFuzzing.fuzz(StaffFunctions.REVOKE_DOCUMENT, data),
            data -> StaffFunctionFuzzing.fuzz(StaffFunctions.RECORD_DECLARANT_PAYMENT, data),
            data -> StaffFunctionFuzzing.fuzz(StaffFunctions.CONFIRM_DECLARANT_CHANGE, data),
            data -> StaffFunctionFuzzing.fuzz(StaffFunctions.RECORD_LIFE_CERTIFICATE, data),
            data -> StaffFunctionFuzzing.fuzz(StaffFunctions.READ_PENSION_AUDIT, data),
            data -> OffApiFunctions.Schedules.OPENING.fuzz(data),
            data -> OffApiFunctions.Schedules.REMINDERS.fuzz(data),
            data -> OffApiFunctions.Schedules.DEADLINE.fuzz(data));

    /** Every run starts from the seeds, as on a fresh clone (FuzzTests.startFromTheSeeds says why). */
    @BeforeAll
    static void startFromTheSeeds() throws IOException {
        startFromTheSeeds(EveryOffApiFunctionFuzzIT.class);
    }

    @FuzzTest(maxDuration = ONE_RUN)
    void fuzz(FuzzedDataProvider data) {
        FUNCTIONS.get(data.consumeInt(0, FUNCTIONS.size() - 1)).accept(data);
    }
}
