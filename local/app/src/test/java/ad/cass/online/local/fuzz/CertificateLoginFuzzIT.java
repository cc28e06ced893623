package ad.cass.online.local.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes CertificateLoginFunction: sign-in with a client certificate behind mutual TLS. How the fuzz tests run, in
 * CI and for longer: {@link EveryHttpFunctionFuzzIT}.
 */
class CertificateLoginFuzzIT extends FuzzTests {
    @FuzzTest(maxDuration = EveryHttpFunctionFuzzIT.ONE_FUNCTION)
    void fuzz(FuzzedDataProvider data) {
        HttpFunctionFuzzing.fuzz("CertificateLoginFunction", data);
    }
}
