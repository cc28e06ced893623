package ad.cass.online.domain.error;

/**
 * A failure the person can be told about. Each subclass maps to one stable problem type
 * (RFC 9457) in the HTTP adapter; the message is Catalan, safe to show, and never holds internal detail.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInput, Unauthenticated, Forbidden, NotFound, Gone, TooManyRequests, Unavailable {

    protected DomainException(String message) {
        super(message, null, false, false); // no stack trace: these are expected outcomes, not bugs
    }
}
