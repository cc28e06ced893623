package ad.cass.online.local.workers;

import ad.cass.online.aws.schedule.ScheduledFunction;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A scheduled function for the local runtime's tests: keeps the times it ran for. */
public final class Ticker extends ScheduledFunction {
    public static final List<Instant> RUNS = new CopyOnWriteArrayList<>();

    @Override
    protected String run(Instant scheduledFor) {
        RUNS.add(scheduledFor);
        return "ticked for " + scheduledFor;
    }
}
