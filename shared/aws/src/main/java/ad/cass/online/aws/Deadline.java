package ad.cass.online.aws;

import com.amazonaws.services.lambda.runtime.Context;
import java.time.Duration;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.interceptor.Context.ModifyRequest;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * A request's time budget (issue 16, item 3): what the Lambda context says remains, less a reserve to answer
 * in. Every AWS call made while it runs is given no more time than is left ({@link #interceptor}); one that
 * would start with nothing left fails at once as a call timeout, which the stores turn into the domain's
 * {@code Unavailable}: the person gets a 503 with Retry-After from us, not a bare gateway error from a
 * function that ran out of time.
 */
public final class Deadline {
    /** Kept back from the function's remaining time to render and return the answer. */
    static final long RESERVE_MILLIS = 500;
    private static final ThreadLocal<Long> END_NANOS = new ThreadLocal<>();

    private Deadline() {
    }

    /** Runs {@code work} within the time {@code context} leaves (no budget without a context: priming, unit tests). */
    public static <T> T within(Context context, Supplier<T> work) {
        if (context == null || context.getRemainingTimeInMillis() <= 0) {
            return work.get();
        }
        Long outer = END_NANOS.get();
        END_NANOS.set(System.nanoTime() + (context.getRemainingTimeInMillis() - RESERVE_MILLIS) * 1_000_000L);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                END_NANOS.remove();
            } else {
                END_NANOS.set(outer);
            }
        }
    }

    /**
     * {@code work} as it would run on this thread, to run on another one (a store's parallel reads): the
     * calls it makes keep the request's budget.
     */
    public static <T> Supplier<T> carried(Supplier<T> work) {
        Long end = END_NANOS.get();
        return () -> {
            if (end == null) {
                return work.get();
            }
            END_NANOS.set(end);
            try {
                return work.get();
            } finally {
                END_NANOS.remove();
            }
        };
    }

    /** What is left of the current request's budget, if there is one. */
    static Duration left() {
        Long end = END_NANOS.get();
        return end == null ? null : Duration.ofNanos(end - System.nanoTime());
    }

    /** Gives each AWS call at most what is left, never more than the client's own {@code callTimeout}. */
    public static ExecutionInterceptor interceptor(Duration callTimeout) {
        return new ExecutionInterceptor() {
            @Override
            public SdkRequest modifyRequest(ModifyRequest context, ExecutionAttributes attributes) {
                Duration left = left();
                if (left == null || left.compareTo(callTimeout) >= 0 || !(context.request() instanceof AwsRequest request)) {
                    return context.request();
                }
                if (left.isNegative() || left.isZero()) {
                    throw ApiCallTimeoutException.create(0);
                }
                return request.toBuilder().overrideConfiguration(o -> o.apiCallTimeout(left)).build();
            }
        };
    }
}
