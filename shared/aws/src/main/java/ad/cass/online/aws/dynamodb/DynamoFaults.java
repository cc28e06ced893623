package ad.cass.online.aws.dynamodb;

import java.util.Set;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkServiceException;
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
        if (e instanceof SdkServiceException service) {
            return service.isThrottlingException() || service.statusCode() >= 500;
        }
        return e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException;
    }

    /** A transaction refused only because a condition did not hold: the answer "no", not a fault. */
    public static boolean onlyConditionsFailed(TransactionCanceledException e) {
        return e.hasCancellationReasons() && !e.cancellationReasons().isEmpty() && e.cancellationReasons().stream()
                .map(CancellationReason::code).allMatch(code -> code == null || "None".equals(code)
                        || "ConditionalCheckFailed".equals(code));
    }
}
