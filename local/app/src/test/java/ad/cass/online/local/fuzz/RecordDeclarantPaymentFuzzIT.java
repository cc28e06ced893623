package ad.cass.online.local.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes RecordDeclarantPaymentFunction: the staff record a declarant's payment ({@link StaffFunctionFuzzing}). How the fuzz tests off the API run, in CI and for longer: {@link EveryOffApiFunctionFuzzIT}.
 */
class RecordDeclarantPaymentFuzzIT extends FuzzTests {
    @FuzzTest(maxDuration = EveryOffApiFunctionFuzzIT.ONE_FUNCTION)
    void fuzz(FuzzedDataProvider data) {
        StaffFunctionFuzzing.fuzz(StaffFunctions.RECORD_DECLARANT_PAYMENT, data);
    }
}
