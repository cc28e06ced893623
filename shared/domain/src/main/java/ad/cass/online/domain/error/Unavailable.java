package ad.cass.online.domain.error;

/**
 * A service this request needs failed in a way that passes (throttled, timed out, the provider's own fault):
 * the person should try again in a moment. Stores raise it whatever service is behind them, so neither the
 * rules nor the HTTP layer need to know which SDK failed, or how.
 */
public final class Unavailable extends DomainException {
    public static final String TRY_AGAIN = "El servei està molt sol·licitat. Torneu-ho a provar d'aquí a un moment.";
    private final String what;

    /** @param what which service and failure, for the log only (e.g. "DynamoDB: ThrottlingException") */
    public Unavailable(String what) {
        super(TRY_AGAIN);
        this.what = what;
    }

    public String what() {
        return what;
    }
}
