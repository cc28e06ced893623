package ad.cass.online.local.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes ExtractsQueueFunction (ExtractGeneratorFunction): SQS batches of extract jobs ({@link QueueFuzzing}, {@link ExtractJobBodies}). How the fuzz tests off the API run, in CI and for longer: {@link EveryOffApiFunctionFuzzIT}.
 */
class ExtractsQueueFuzzIT extends FuzzTests {
    @FuzzTest(maxDuration = EveryOffApiFunctionFuzzIT.ONE_FUNCTION)
    void fuzz(FuzzedDataProvider data) {
        OffApiFunctions.Queues.EXTRACTS.fuzz(data);
    }
}
