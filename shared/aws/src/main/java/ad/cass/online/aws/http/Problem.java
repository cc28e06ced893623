package ad.cass.online.aws.http;

import ad.cass.online.domain.error.Conflict;
import ad.cass.online.domain.error.DomainException;
import ad.cass.online.domain.error.Forbidden;
import ad.cass.online.domain.error.Gone;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.error.TooManyRequests;
import ad.cass.online.domain.error.Unauthenticated;
import ad.cass.online.domain.error.Unavailable;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.domain.text.Text;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem document: {@code type}, {@code title}, {@code status}, {@code detail}, and for a
 * bad field the extension member {@code field}. Never a stack trace or an internal message. The detail is kept
 * as its Catalan pattern and arguments until the answer is written in the reader's language (issue 17).
 */
public record Problem(ProblemKind type, Text detail, String field, long retryAfterSeconds) {
    /** Retry-After of a passing failure (503): worth trying again at once. */
    private static final long RETRY_A_PASSING_FAILURE_AFTER = 1;

    public Problem(ProblemKind type, Text detail, String field) {
        this(type, detail, field, RETRY_A_PASSING_FAILURE_AFTER);
    }

    /** A detail without arguments. */
    public Problem(ProblemKind type, String detail, String field) {
        this(type, Text.of(detail), field);
    }

    public static Problem of(DomainException e) {
        // Java 17 bytecode: no pattern matching in switch yet, so a plain chain over the sealed family.
        if (e instanceof InvalidInput i) {
            return new Problem(ProblemType.INVALID_INPUT, e.text(), i.field());
        }
        if (e instanceof Unauthenticated) {
            return new Problem(ProblemType.UNAUTHENTICATED, e.text(), null);
        }
        if (e instanceof Forbidden) {
            return new Problem(ProblemType.FORBIDDEN, e.text(), null);
        }
        if (e instanceof NotFound) {
            return new Problem(ProblemType.NOT_FOUND, e.text(), null);
        }
        if (e instanceof Conflict) {
            return new Problem(ProblemType.CONFLICT, e.text(), null);
        }
        if (e instanceof Gone) {
            return new Problem(ProblemType.LINK_EXPIRED, e.text(), null);
        }
        if (e instanceof TooManyRequests t) {
            return new Problem(ProblemType.TOO_MANY_REQUESTS, e.text(), null, t.retryAfterSeconds());
        }
        if (e instanceof Unavailable) {
            return new Problem(ProblemType.SERVICE_UNAVAILABLE, e.text(), null);
        }
        throw new IllegalArgumentException("unmapped domain exception " + e.getClass());
    }

    /** In Catalan. */
    public ApiResponse toResponse(String instance) {
        return toResponse(instance, Language.CA);
    }

    /** Title and detail in {@code language}; the caller's answer says which one ({@code Content-Language}). */
    public ApiResponse toResponse(String instance, Language language) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri());
        body.put("title", type.title(language));
        body.put("status", type.status());
        if (detail != null) {
            body.put("detail", detail.in(language));
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
