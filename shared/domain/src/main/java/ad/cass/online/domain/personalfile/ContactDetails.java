package ad.cass.online.domain.personalfile;

/**
 * How CASS reaches a person (seed 000 §2.2.1, "dades de contacte"): each part may be missing (a child has no
 * e-mail of their own). The e-mail is also where sign-in writes (PIN recovery, locks).
 *
 * @param phone E.164, e.g. {@code +376812345}
 */
public record ContactDetails(String email, String phone, PostalAddress address) {
    public static final ContactDetails NONE = new ContactDetails(null, null, null);
}
