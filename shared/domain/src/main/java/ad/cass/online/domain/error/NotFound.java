package ad.cass.online.domain.error;

public final class NotFound extends DomainException {
    public NotFound(String message) {
        super(message);
    }
}
