package ad.cass.online.aws.http;

import ad.cass.online.domain.error.DomainException;
import ad.cass.online.domain.error.Forbidden;
import ad.cass.online.domain.error.Gone;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.error.TooManyRequests;
import ad.cass.online.domain.error.Unauthenticated;
import ad.cass.online.domain.error.Unavailable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem document: {@code type}, {@code title}, {@code status}, {@code detail}, and for a
 * bad field the extension member {@code field}. Never a stack trace or an internal message.
 */
public record Problem(ProblemKind type, String detail, String field, long retryAfterSeconds) {
    /** Retry-After of a passing failure (503): worth trying again at once. */
    private static final long RETRY_A_PASSING_FAILURE_AFTER = 1;

    public Problem(ProblemKind type, String detail, String field) {
        this(type, detail, field, RETRY_A_PASSING_FAILURE_AFTER);
    }

    public static Problem of(DomainException e) {
        // Java 17 bytecode: no pattern matching in switch yet, so a plain chain over the sealed family.
        if (e instanceof InvalidInput i) {
            return new Problem(ProblemType.INVALID_INPUT, i.getMessage(), i.field());
        }
        if (e instanceof Unauthenticated) {
            return new Problem(ProblemType.UNAUTHENTICATED, e.getMessage(), null);
        }
        if (e instanceof Forbidden) {
            return new Problem(ProblemType.FORBIDDEN, e.getMessage(), null);
        }
        if (e instanceof NotFound) {
            return new Problem(ProblemType.NOT_FOUND, e.getMessage(), null);
        }
        if (e instanceof Gone) {
            return new Problem(ProblemType.LINK_EXPIRED, e.getMessage(), null);
        }
        if (e instanceof TooManyRequests t) {
            return new Problem(ProblemType.TOO_MANY_REQUESTS, e.getMessage(), null, t.retryAfterSeconds());
        }
        if (e instanceof Unavailable) {
            return new Problem(ProblemType.SERVICE_UNAVAILABLE, e.getMessage(), null);
        }
        throw new IllegalArgumentException("unmapped domain exception " + e.getClass());
    }

    public ApiResponse toResponse(String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri());
        body.put("title", type.title());
        body.put("status", type.status());
        if (detail != null) {
            body.put("detail", detail);
        }
        if (instance != null) {
            body.put("instance", instance);
        }
        if (field != null) {
            body.put("field", field);
        }
        ApiResponse response = new ApiResponse(type.status(), body).header("Content-Type", "application/problem+json");
        // by status, not by type: every 401 names its scheme, every 503 and 429 says when to come back
        return switch (type.status()) {
            case 401 -> response.header("WWW-Authenticate", "Bearer realm=\"CASS Online\"");
            case 429, 503 -> response.header("Retry-After", Long.toString(Math.max(1, retryAfterSeconds)));
            default -> response;
        };
    }
}
