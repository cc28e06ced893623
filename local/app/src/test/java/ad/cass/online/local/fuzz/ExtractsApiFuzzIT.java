package ad.cass.online.local.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes ExtractsApiFunction: extracts, the public check, the wallet's health card, the JWKS. How the fuzz tests
 * run, in CI and for longer: {@link EveryHttpFunctionFuzzIT}.
 */
class ExtractsApiFuzzIT extends FuzzTests {
    @FuzzTest(maxDuration = EveryHttpFunctionFuzzIT.ONE_FUNCTION)
    void fuzz(FuzzedDataProvider data) {
        HttpFunctionFuzzing.fuzz("ExtractsFunction", data);
    }
}
