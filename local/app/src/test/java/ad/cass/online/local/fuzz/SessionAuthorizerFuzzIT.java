package ad.cass.online.local.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes SessionAuthorizerFunction, the HTTP API's Lambda authorizer. How the fuzz tests run:
 * {@link EveryHttpFunctionFuzzIT}.
 */
class SessionAuthorizerFuzzIT extends FuzzTests {
    @FuzzTest(maxDuration = EveryHttpFunctionFuzzIT.ONE_FUNCTION)
    void fuzz(FuzzedDataProvider data) {
        AuthorizerFuzzing.fuzz(data);
    }
}
