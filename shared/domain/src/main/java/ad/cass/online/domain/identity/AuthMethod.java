package ad.cass.online.domain.identity;

/** How the session was opened (seeds 001, 002): PIN, government certificate, CASS digital certificate. */
public enum AuthMethod {
    PIN, GOVERNMENT_CERTIFICATE, CASS_CERTIFICATE;

    /** null for anything that is not a method name */
    public static AuthMethod parse(String name) {
        for (AuthMethod m : values()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }
}
