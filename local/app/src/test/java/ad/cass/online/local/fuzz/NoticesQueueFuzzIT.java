package ad.cass.online.local.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes NoticesQueueFunction (NoticesFunction): SQS batches of notices to mail ({@link QueueFuzzing}, {@link NoticeBodies}). How the fuzz tests off the API run, in CI and for longer: {@link EveryOffApiFunctionFuzzIT}.
 */
class NoticesQueueFuzzIT extends FuzzTests {
    @FuzzTest(maxDuration = EveryOffApiFunctionFuzzIT.ONE_FUNCTION)
    void fuzz(FuzzedDataProvider data) {
        OffApiFunctions.Queues.NOTICES.fuzz(data);
    }
}
