package ad.cass.online.aws;

import ad.cass.online.domain.error.Unavailable;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * Which SDK failures pass (try again in a moment: 503 with Retry-After) rather than being a fault of ours
 * (500), for any AWS service: throttling, the service's own 5xx, call timeouts, and a connection that was
 * refused, reset or timed out on the way (issue 16: the network fails too, not only the service). The SDK
 * has already retried them within its configured attempts. Uses the SDK core only, so a function that talks to no
 * DynamoDB loads no DynamoDB class through it.
 */
public final class PassingFaults {
    private PassingFaults() {
    }

    public static boolean isPassing(Throwable e) {
        if (e instanceof SdkServiceException service) {
            return service.isThrottlingException() || service.statusCode() >= 500;
        }
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            return true;
        }
        return e instanceof SdkClientException && causedByTheNetwork(e);
    }

    /** A connect, read or reset failure under the SDK's own exception: the network, not our request. */
    private static boolean causedByTheNetwork(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            // refused, reset, timed out, cut off mid-answer; not a name that does not resolve (configuration)
            if (cause instanceof java.net.SocketException || cause instanceof java.net.SocketTimeoutException
                    || cause instanceof java.io.EOFException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs a store's call; a passing failure comes out as the domain's {@link Unavailable}, anything else as
     * it was thrown.
     *
     * @param service  names the service in the log line
     * @param passing  what passes for this service (the generic rule, plus anything it adds)
     */
    public static <T> T translated(String service, Predicate<Throwable> passing, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            if (passing.test(e)) {
                throw new Unavailable(service + ": " + e.getClass().getSimpleName());
            }
            throw e;
        }
    }
}
