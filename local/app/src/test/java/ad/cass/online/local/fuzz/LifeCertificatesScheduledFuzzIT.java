package ad.cass.online.local.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Fuzzes LifeCertificatesScheduledFunction, its three schedules (the opening, the reminders, the deadline run; an
 * input's last byte says which) with EventBridge's events ({@link ScheduleFuzzing}). How the fuzz tests off the API
 * run, in CI and for longer: {@link EveryOffApiFunctionFuzzIT}.
 */
class LifeCertificatesScheduledFuzzIT extends FuzzTests {
    @FuzzTest(maxDuration = EveryOffApiFunctionFuzzIT.ONE_FUNCTION)
    void fuzz(FuzzedDataProvider data) {
        List.of(OffApiFunctions.Schedules.OPENING, OffApiFunctions.Schedules.REMINDERS, OffApiFunctions.Schedules.DEADLINE)
                .get(data.consumeInt(0, 2)).fuzz(data);
    }
}
