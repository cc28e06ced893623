package ad.cass.online.aws.logging;

import ad.cass.online.domain.person.CassNumber;
import com.amazonaws.services.lambda.runtime.Context;
import java.util.function.Supplier;
import org.slf4j.MDC;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * Powertools structured JSON logging without AspectJ weaving: the plain API adds the Lambda fields
 * (request id, function, cold start) and we add the correlation id, which every log line then carries.
 * What we log is never a PIN, a token, an IBAN or a full CASS number (use {@code CassNumber.masked()}).
 */
public final class RequestLogging {
    public static final String CORRELATION_ID = "correlation_id";
    /** The API route a log line (and an access-log entry) belongs to, e.g. {@code GET /home}. */
    public static final String ROUTE = "route";

    private RequestLogging() {
    }

    /** @param context null only when SnapStart priming calls the handler itself */
    public static <T> T around(Context context, String correlationId, Supplier<T> body) {
        return around(context, correlationId, null, body);
    }

    /** @param route the API route, for an HTTP request; null otherwise */
    public static <T> T around(Context context, String correlationId, String route, Supplier<T> body) {
        Supplier<T> withCorrelation = () -> {
            MDC.put(CORRELATION_ID, correlationId);
            if (route != null) {
                MDC.put(ROUTE, route);
            }
            try {
                return body.get();
            } finally {
                MDC.remove(CORRELATION_ID);
                MDC.remove(ROUTE);
            }
        };
        return context == null ? withCorrelation.get() : PowertoolsLogging.withLogging(context, withCorrelation);
    }
}
