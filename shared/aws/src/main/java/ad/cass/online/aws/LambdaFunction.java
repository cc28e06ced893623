package ad.cass.online.aws;

import ad.cass.online.aws.metrics.OperationsMetrics;

/**
 * What every function has, whatever triggers it: its SnapStart priming, registered once here.
 * <p>Every function is wired one way (README, "A new function"): a no-argument constructor, the one Lambda
 * calls, reads the environment once and builds the SDK clients for the container's life; a second
 * constructor takes the dependencies ready-made, for tests. The triggers each have their base beside this
 * one: {@code http.ApiFunction} (API Gateway), {@code sqs.QueueFunction} (SQS) and
 * {@code schedule.ScheduledFunction} (EventBridge schedules).
 */
public abstract class LambdaFunction {
    /** Held so the SnapStart hook stays registered (CRaC keeps resources weakly). */
    private final Priming priming = Priming.register(this::prime);

    protected LambdaFunction() {
        OperationsMetrics.readSettings();
    }

    /**
     * SnapStart priming: the function's hot path once before the snapshot, so its classes are loaded and
     * its code compiled in it. Runs only when Lambda takes a snapshot; by default nothing.
     */
    protected void prime() {
    }
}
