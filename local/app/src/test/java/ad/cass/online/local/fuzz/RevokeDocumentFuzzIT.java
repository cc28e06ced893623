package ad.cass.online.local.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes RevokeDocumentFunction: the staff revoke an issued document ({@link StaffFunctionFuzzing}). How the fuzz tests off the API run, in CI and for longer: {@link EveryOffApiFunctionFuzzIT}.
 */
class RevokeDocumentFuzzIT extends FuzzTests {
    @FuzzTest(maxDuration = EveryOffApiFunctionFuzzIT.ONE_FUNCTION)
    void fuzz(FuzzedDataProvider data) {
        StaffFunctionFuzzing.fuzz(StaffFunctions.REVOKE_DOCUMENT, data);
    }
}
