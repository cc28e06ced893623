package ad.cass.online.aws.dynamodb;

import ad.cass.online.domain.person.CassNumber;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The Sessions table's layout, written once. Two items per session, written in one transaction:
 * <pre>
 *   pk                               sk                  what
 *   SESSION#&lt;SHA-256 of the token&gt;   SESSION             the session (TTL expiresAt: idle or absolute end)
 *   PERSON#&lt;cass number&gt;             SESSION#&lt;hash&gt;      its entry in the person's list (TTL: absolute end)
 * </pre>
 * The token itself is never stored.
 */
public final class SessionsKeys {
    public static final String ENTRY_PREFIX = "SESSION#";
    private static final String SESSION = "SESSION";

    private SessionsKeys() {
    }

    public static Map<String, AttributeValue> session(String sessionId) {
        return Attrs.key(ENTRY_PREFIX + sessionId, SESSION);
    }

    /** The session's entry in its person's list. */
    public static Map<String, AttributeValue> entry(CassNumber cassNumber, String sessionId) {
        return Attrs.key(PeopleKeys.person(cassNumber), ENTRY_PREFIX + sessionId);
    }

    /** The session id an entry of the person's list names. */
    public static String sessionIdOfEntry(String entrySortKey) {
        return entrySortKey.substring(ENTRY_PREFIX.length());
    }
}
