package ad.cass.online.local.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes ReimbursementsApiFunction: benefit sheets, their copies, exports. How the fuzz tests run, in CI and for
 * longer: {@link EveryHttpFunctionFuzzIT}.
 */
class ReimbursementsApiFuzzIT extends FuzzTests {
    @FuzzTest(maxDuration = EveryHttpFunctionFuzzIT.ONE_FUNCTION)
    void fuzz(FuzzedDataProvider data) {
        HttpFunctionFuzzing.fuzz("ReimbursementsFunction", data);
    }
}
