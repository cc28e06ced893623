package ad.cass.online.domain.error;

/**
 * The request is sound but the record is not in a state that allows it (a bank change already waiting; a
 * procedure no longer waiting on the person): answered 409.
 */
public final class Conflict extends DomainException {
    public Conflict(String pattern, Object... args) {
        super(pattern, args);
    }
}
