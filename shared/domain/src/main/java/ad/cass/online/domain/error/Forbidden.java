package ad.cass.online.domain.error;

/** Known caller, data that is not theirs to see or change (seed 000, §1.1). */
public final class Forbidden extends DomainException {
    public Forbidden(String pattern, Object... args) {
        super(pattern, args);
    }
}
