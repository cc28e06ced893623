package ad.cass.online.aws.dynamodb;

import ad.cass.online.aws.PassingFaults;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Which DynamoDB failures are passing (the caller should try again in a moment: 503 with Retry-After)
 * rather than a fault of ours (500). The SDK has already retried them within DYNAMODB_MAX_ATTEMPTS.
 */
public final class DynamoFaults {
    /** Reasons a transaction is cancelled that say "later", not "no". */
    private static final Set<String> PASSING_REASONS = Set.of("ThrottlingError", "ProvisionedThroughputExceeded",
            "TransactionConflict");

    private DynamoFaults() {
    }

    public static boolean isPassing(Throwable e) {
        if (e instanceof TransactionCanceledException cancelled) {
            return cancelled.hasCancellationReasons() && cancelled.cancellationReasons().stream()
                    .map(CancellationReason::code).anyMatch(PASSING_REASONS::contains);
        }
        return PassingFaults.isPassing(e);
    }

    /** A store's DynamoDB calls: a passing failure becomes the domain's {@link ad.cass.online.domain.error.Unavailable}. */
    public static <T> T call(Supplier<T> call) {
        return PassingFaults.translated("DynamoDB", DynamoFaults::isPassing, call);
    }

    public static void run(Runnable call) {
        call(() -> {
            call.run();
            return null;
        });
    }

    /** A transaction refused only because a condition did not hold: the answer "no", not a fault. */
    public static boolean onlyConditionsFailed(TransactionCanceledException e) {
        return e.hasCancellationReasons() && !e.cancellationReasons().isEmpty() && e.cancellationReasons().stream()
                .map(CancellationReason::code).allMatch(code -> code == null || "None".equals(code)
                        || "ConditionalCheckFailed".equals(code));
    }
}
