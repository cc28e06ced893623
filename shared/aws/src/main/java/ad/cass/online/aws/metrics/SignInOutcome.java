package ad.cass.online.aws.metrics;

import ad.cass.online.aws.PassingFaults;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.TooManyRequests;
import ad.cass.online.domain.error.Unauthenticated;
import ad.cass.online.domain.error.Unavailable;
import java.util.function.Supplier;

/**
 * How a sign-in ended, for the operators' SignIns metric (issue 23): SUCCESS; REFUSED (a wrong or unknown secret, or a
 * locked credential: the person hears the same answer for each, seed 000 §1.1.2, and so does the metric); LIMITED (an
 * address over its allowance); INVALID (a malformed request); UNAVAILABLE (a passing failure); FAILED (anything else).
 */
public enum SignInOutcome {
    SUCCESS, REFUSED, LIMITED, INVALID, UNAVAILABLE, FAILED;

    /** The sign-in {@code attempt} by {@code method}, counted by how it ended; its answer or exception unchanged. */
    public static <T> T counted(String method, Supplier<T> attempt) {
        SignInOutcome outcome = FAILED;
        try {
            T result = attempt.get();
            outcome = SUCCESS;
            return result;
        } catch (RuntimeException e) {
            outcome = of(e);
            throw e;
        } finally {
            OperationsMetrics.count(Counted.SIGN_INS, "Method", method, "Outcome", outcome.name());
        }
    }

    static SignInOutcome of(RuntimeException e) {
        if (e instanceof Unauthenticated) {
            return REFUSED;
        }
        if (e instanceof TooManyRequests) {
            return LIMITED;
        }
        if (e instanceof InvalidInput) {
            return INVALID;
        }
        return e instanceof Unavailable || PassingFaults.isPassing(e) ? UNAVAILABLE : FAILED;
    }
}
