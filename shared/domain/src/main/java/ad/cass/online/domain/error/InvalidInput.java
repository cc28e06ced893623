package ad.cass.online.domain.error;

/** Bad input from the client: answered 400, naming the field. */
public final class InvalidInput extends DomainException {
    private final String field;

    public InvalidInput(String field, String pattern, Object... args) {
        super(pattern, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
