package ad.cass.online.local.workers;

import ad.cass.online.aws.schedule.ScheduledFunction;
import java.time.Instant;

/** A scheduled function that outlives its one-second Timeout, for the local runtime's timeout test. */
public final class Sleeper extends ScheduledFunction {
    @Override
    protected String run(Instant scheduledFor) {
        try {
            Thread.sleep(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "woke up";
    }
}
