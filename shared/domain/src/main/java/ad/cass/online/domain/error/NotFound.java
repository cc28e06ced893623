package ad.cass.online.domain.error;

public final class NotFound extends DomainException {
    public NotFound(String pattern, Object... args) {
        super(pattern, args);
    }
}
