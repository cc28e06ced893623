package ad.cass.online.local.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes AuthApiFunction: sign-in by PIN and by contract, PIN reset, logout, profile switch. How the fuzz tests
 * run, in CI and for longer: {@link EveryHttpFunctionFuzzIT}.
 */
class AuthApiFuzzIT extends FuzzTests {
    @FuzzTest(maxDuration = EveryHttpFunctionFuzzIT.ONE_FUNCTION)
    void fuzz(FuzzedDataProvider data) {
        HttpFunctionFuzzing.fuzz("AuthFunction", data);
    }
}
