package ad.cass.online.aws.dynamodb;

import ad.cass.online.domain.person.CassNumber;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The People table's layout, written once: every store and test that reads or writes it takes its keys here.
 * <pre>
 *   pk                          sk                   what
 *   PERSON#&lt;cass number&gt;        PROFILE              the person
 *   PERSON#&lt;cass number&gt;        DEPENDANT#&lt;cass no&gt;   a full copy of each dependant in their charge
 *   PERSON#&lt;cass number&gt;        CREDENTIAL#PIN       the Argon2id PIN hash
 *   PERSON#&lt;cass number&gt;        CREDENTIAL#PINRESET  a pointer to the person's one live PIN-reset link
 *   PERSON#&lt;cass number&gt;        SETTINGS             text size and language (seed 000 §2.2.3)
 *   PERSON#&lt;cass number&gt;        FILE                 the personal file: phone, address, bank account (seed 000 §2.2.1)
 *   PINRESET#&lt;token SHA-256&gt;    PINRESET             a PIN-reset link (TTL expiresAt)
 *   GOVID#&lt;certificate serial&gt;  CREDENTIAL           the government certificate's holder
 *   CONTRACT#&lt;contract number&gt;  CREDENTIAL           a CASS digital certificate: its declarant and password hash
 *   LOCKOUT#&lt;credential&gt;        LOCKOUT              failed attempts and the lock (TTL 30 days after last use)
 * </pre>
 * The person, the dependants' copies and the PIN hash share one partition, so one Query serves a login or
 * a profile list.
 */
public final class PeopleKeys {
    public static final String PROFILE = "PROFILE";
    public static final String DEPENDANT_PREFIX = "DEPENDANT#";
    public static final String PIN = "CREDENTIAL#PIN";
    public static final String SETTINGS = "SETTINGS";
    public static final String FILE = "FILE";
    static final String PIN_RESET_POINTER = "CREDENTIAL#PINRESET";
    static final String CREDENTIAL = "CREDENTIAL";

    private PeopleKeys() {
    }

    /** The partition of a person, in the People table and wherever else a person's items live. */
    public static String person(CassNumber cassNumber) {
        return "PERSON#" + cassNumber.value();
    }

    public static Map<String, AttributeValue> profile(CassNumber cassNumber) {
        return Attrs.key(person(cassNumber), PROFILE);
    }

    public static Map<String, AttributeValue> dependant(CassNumber holder, CassNumber dependant) {
        return Attrs.key(person(holder), DEPENDANT_PREFIX + dependant.value());
    }

    /** The person's settings (text size, language), beside their profile. */
    public static Map<String, AttributeValue> settings(CassNumber cassNumber) {
        return Attrs.key(person(cassNumber), SETTINGS);
    }

    /** The personal file's own record, beside the person (their e-mail stays on the person, where sign-in reads it). */
    public static Map<String, AttributeValue> file(CassNumber cassNumber) {
        return Attrs.key(person(cassNumber), FILE);
    }

    public static Map<String, AttributeValue> pin(CassNumber cassNumber) {
        return Attrs.key(person(cassNumber), PIN);
    }

    public static Map<String, AttributeValue> pinResetPointer(CassNumber cassNumber) {
        return Attrs.key(person(cassNumber), PIN_RESET_POINTER);
    }

    public static Map<String, AttributeValue> pinResetLink(String tokenHash) {
        return Attrs.key("PINRESET#" + tokenHash, "PINRESET");
    }

    public static Map<String, AttributeValue> governmentId(String certificateSerial) {
        return Attrs.key("GOVID#" + certificateSerial, CREDENTIAL);
    }

    public static Map<String, AttributeValue> contract(String contractNumber) {
        return Attrs.key("CONTRACT#" + contractNumber, CREDENTIAL);
    }

    /** @param credential what is being guessed at: a CASS number or a contract, as the lockout store names it */
    public static Map<String, AttributeValue> lockout(String credential) {
        return Attrs.key("LOCKOUT#" + credential, "LOCKOUT");
    }
}
