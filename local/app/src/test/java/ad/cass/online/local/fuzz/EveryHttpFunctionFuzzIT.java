package ad.cass.online.local.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;

/**
 * Issue 23, "Bad input": every function behind the HTTP API fuzzed with Jazzer, on the local runtime (the emulators and
 * the demo data, each function built as Lambda builds it from template.yaml, FunctionHost). A fuzzed request starts
 * from an event of events/, read into the events library's own class, and changes its body, path and path parameters,
 * query, headers, base64 encoding, the caller the authorizer passed on, the address it comes from, the client
 * certificate (HttpFunctionFuzzing, RequestMutations, BodyMutations, AuthorizerContexts, ClientCertificates). No answer
 * may be a 5xx, no exception may leave the function, every 4xx is problem+json with a type openapi.yaml names
 * (AnswerRules). There is a fuzz test per function ({@code AccountApiFuzzIT}, …, {@code SessionAuthorizerFuzzIT}) and
 * this one, which fuzzes them all at once.
 *
 * <h2>In CI ({@code mvn verify}): seeds replayed per function, then one bounded fuzzing run for all</h2>
 * Jazzer fuzzes one {@code @FuzzTest} per JVM (its JUnit extension disables the others once one has started). A JVM
 * per function costs about 15 s before its first input (the JVM, Jazzer's agent, the emulators with the demo data):
 * twelve would take three minutes without fuzzing anything, past the suite's budget (15 minutes in all). Hence:
 * <ol>
 *   <li>the per-function tests run in regression mode with the other ITs, on one local system (FuzzStack): each
 *       replays the empty input (an example as it is) and its inputs in
 *       {@code src/test/resources/ad/cass/online/local/fuzz/<Test>Inputs/fuzz/}: a few valid requests, a long one,
 *       and every input that found a bug ({@code crash-…});</li>
 *   <li>this test is fuzzed in a JVM of its own (profile {@code fuzz-in-verify} of local/app/pom.xml, active when no
 *       {@code -Dit.test} is given; JAZZER_FUZZ=1): one emulator start, then {@link #ONE_RUN} of coverage-guided
 *       fuzzing where an input's last byte names the function (the list below): 2,000 inputs or so (30 to 50 a
 *       second, the emulators' pace), some 150 a function, more where inputs still find new paths. Each run starts
 *       again from the seeds and makes new inputs (libFuzzer draws its random seed anew).</li>
 * </ol>
 * About a minute and a half of the suite: 80 s for this JVM, 20 s of replays. A finding fails the build with the
 * request and the answer, and Jazzer writes the input to {@code EveryHttpFunctionFuzzITInputs/fuzz/crash-<sha1>}, where
 * this test replays it from then on; without its last byte it is the same request for the function's own test. Fix the
 * bug, keep the input (a name that says what it found) and a unit test where the fix is. An input keeps its meaning
 * while this package does not change how it reads inputs: an example's code ({@link Examples#code}) keeps choosing it
 * when events are added, but a word picked from the dictionary may be another once openapi.yaml or events/ change.
 *
 * <h2>Longer runs</h2>
 * Sixty seconds for twelve functions finds what a hundred or two inputs each find; a run of one function goes deeper
 * (a broken error mapping that needed one query parameter of one route took 1,600 inputs: a minute of that function).
 * One function for 30 minutes (without {@code -Djazzer.max_duration}, {@link #ONE_FUNCTION}), its inputs first, its
 * corpus kept in local/app/.cifuzz-corpus/ (not in git) for the next run:
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -o verify -pl local/app -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=AccountApiFuzzIT -Djazzer.max_duration=30m
 * </pre>
 * (JAZZER_FUZZ also turns on profile {@code fuzz-by-hand}, which has Jazzer cover the functions' classes.) Every
 * function, one JVM each: the same command in a loop over the twelve per-function tests (the ten {@code *ApiFuzzIT},
 * {@code CertificateLoginFuzzIT}, {@code SessionAuthorizerFuzzIT}); or {@code -Dit.test=EveryHttpFunctionFuzzIT} for
 * all in one run. {@code -Djazzer.keep_going=10} goes on past the first finding; {@code -Dfuzz.print=true} prints every
 * request and answer (what a kept input asks).
 */
class EveryHttpFunctionFuzzIT extends FuzzTests {
    /** CI's bound for this test: about five seconds per function. */
    static final String ONE_RUN = "60s";
    /** A per-function test's bound when fuzzed on its own; {@code -Djazzer.max_duration} overrides both. */
    static final String ONE_FUNCTION = "5m";

    /** Indexed by an input's last byte: append, never reorder, or the kept inputs name other functions. */
    static final List<Consumer<FuzzedDataProvider>> FUNCTIONS = List.of(
            data -> HttpFunctionFuzzing.fuzz("AuthFunction", data),
            data -> HttpFunctionFuzzing.fuzz("CertificateLoginFunction", data),
            AuthorizerFuzzing::fuzz,
            data -> HttpFunctionFuzzing.fuzz("ProfilesFunction", data),
            data -> HttpFunctionFuzzing.fuzz("HomeFunction", data),
            data -> HttpFunctionFuzzing.fuzz("ProceduresFunction", data),
            data -> HttpFunctionFuzzing.fuzz("ReimbursementsFunction", data),
            data -> HttpFunctionFuzzing.fuzz("ContributionsFunction", data),
            data -> HttpFunctionFuzzing.fuzz("ExtractsFunction", data),
            data -> HttpFunctionFuzzing.fuzz("DeclarantsFunction", data),
            data -> HttpFunctionFuzzing.fuzz("LifeCertificatesFunction", data),
            data -> HttpFunctionFuzzing.fuzz("AccountFunction", data));

    /** Every run starts from the seeds, as on a fresh clone (FuzzTests.startFromTheSeeds says why). */
    @BeforeAll
    static void startFromTheSeeds() throws IOException {
        startFromTheSeeds(EveryHttpFunctionFuzzIT.class);
    }

    @FuzzTest(maxDuration = ONE_RUN)
    void fuzz(FuzzedDataProvider data) {
        FUNCTIONS.get(data.consumeInt(0, FUNCTIONS.size() - 1)).accept(data);
    }
}
