package ad.cass.online.aws.schedule;

import ad.cass.online.aws.LambdaFunction;
import ad.cass.online.aws.logging.RequestLogging;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * The base of every function an EventBridge schedule runs ({@code Type: Schedule} in template.yaml): it is
 * handed the time the run was scheduled for, not the time it started, so a run repeated by Lambda's retries
 * or by an operator decides exactly as the first did. A failure is thrown on: Lambda retries an asynchronous
 * invocation, then sends it to the function's failure destination. Work must be safe to run twice.
 */
public abstract class ScheduledFunction extends LambdaFunction implements RequestHandler<ScheduledEvent, String> {

    /** Does one scheduled run. @return a line saying what it did, for the log and for {@code invoke} */
    protected String run(Instant scheduledFor) {
        throw new UnsupportedOperationException("a scheduled function overrides one of the run methods");
    }

    /**
     * {@link #run(Instant)}, for a run long enough to watch the clock: {@code timeLeft} turns false when less than
     * {@code reserve} remains of the invocation (always true without a Lambda context: tests, {@code invoke}).
     */
    protected String run(Instant scheduledFor, BooleanSupplier timeLeft) {
        return run(scheduledFor);
    }

    /** What is kept back from the invocation's time for a run to stop cleanly: a page of work, at least. */
    protected Duration reserve() {
        return Duration.ofSeconds(60);
    }

    @Override
    public final String handleRequest(ScheduledEvent event, Context context) {
        Instant scheduledFor = event.getTime() == null ? Instant.now() : Instant.ofEpochMilli(event.getTime().getMillis());
        String runId = event.getId() == null ? "scheduled-" + scheduledFor : event.getId();
        BooleanSupplier timeLeft = context == null ? () -> true
                : () -> context.getRemainingTimeInMillis() > reserve().toMillis();
        return RequestLogging.around(context, runId, () -> run(scheduledFor, timeLeft));
    }
}
