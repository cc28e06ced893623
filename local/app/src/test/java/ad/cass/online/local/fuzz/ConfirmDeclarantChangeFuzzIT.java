package ad.cass.online.local.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes ConfirmDeclarantChangeFunction: the staff confirm a declarant's change ({@link StaffFunctionFuzzing}). How the fuzz tests off the API run, in CI and for longer: {@link EveryOffApiFunctionFuzzIT}.
 */
class ConfirmDeclarantChangeFuzzIT extends FuzzTests {
    @FuzzTest(maxDuration = EveryOffApiFunctionFuzzIT.ONE_FUNCTION)
    void fuzz(FuzzedDataProvider data) {
        StaffFunctionFuzzing.fuzz(StaffFunctions.CONFIRM_DECLARANT_CHANGE, data);
    }
}
