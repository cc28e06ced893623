package ad.cass.online.local.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes AccountApiFunction: the own space (personal file, access log, notices, doctor, dependants, settings,
 * contact). How the fuzz tests run, in CI and for longer: {@link EveryHttpFunctionFuzzIT}.
 */
class AccountApiFuzzIT extends FuzzTests {
    @FuzzTest(maxDuration = EveryHttpFunctionFuzzIT.ONE_FUNCTION)
    void fuzz(FuzzedDataProvider data) {
        HttpFunctionFuzzing.fuzz("AccountFunction", data);
    }
}
