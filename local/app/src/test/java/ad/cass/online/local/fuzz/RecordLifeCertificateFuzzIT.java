package ad.cass.online.local.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes RecordLifeCertificateFunction: the staff record a proof of life, with its scan or not ({@link StaffFunctionFuzzing}). How the fuzz tests off the API run, in CI and for longer: {@link EveryOffApiFunctionFuzzIT}.
 */
class RecordLifeCertificateFuzzIT extends FuzzTests {
    @FuzzTest(maxDuration = EveryOffApiFunctionFuzzIT.ONE_FUNCTION)
    void fuzz(FuzzedDataProvider data) {
        StaffFunctionFuzzing.fuzz(StaffFunctions.RECORD_LIFE_CERTIFICATE, data);
    }
}
