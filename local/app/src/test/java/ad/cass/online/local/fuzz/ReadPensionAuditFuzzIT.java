package ad.cass.online.local.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes ReadPensionAuditFunction: the staff read a pension's proof-of-life trail ({@link StaffFunctionFuzzing}). How the fuzz tests off the API run, in CI and for longer: {@link EveryOffApiFunctionFuzzIT}.
 */
class ReadPensionAuditFuzzIT extends FuzzTests {
    @FuzzTest(maxDuration = EveryOffApiFunctionFuzzIT.ONE_FUNCTION)
    void fuzz(FuzzedDataProvider data) {
        StaffFunctionFuzzing.fuzz(StaffFunctions.READ_PENSION_AUDIT, data);
    }
}
