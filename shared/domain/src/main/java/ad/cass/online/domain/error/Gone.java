package ad.cass.online.domain.error;

/** Something that existed and no longer works, e.g. an expired PIN-reset link (seed 000, §1.1.4): 410. */
public final class Gone extends DomainException {
    public Gone(String pattern, Object... args) {
        super(pattern, args);
    }
}
