package ad.cass.online.domain.error;

/** No valid identity. One message for every cause, so the answer never tells which one it was. */
public final class Unauthenticated extends DomainException {
    public static final String MESSAGE = "Les credencials no són vàlides o la sessió ha caducat.";

    public Unauthenticated() {
        super(MESSAGE);
    }
}
