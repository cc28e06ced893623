package ad.cass.online.aws.dynamodb;

import ad.cass.online.domain.person.CassNumber;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The AccessLog table's layout, written once:
 * <pre>
 *   pk                     sk                          what
 *   PERSON#&lt;cass number&gt;   &lt;at, ISO-8601&gt;#&lt;12 hex&gt;    one access to the person's data (TTL expiresAt)
 * </pre>
 * The instant is written always to the millisecond ({@code 2026-11-30T10:00:00.000Z}): of one fixed width, they sort
 * as they happened, so a Query backwards reads newest first ({@code Instant.toString} drops zero fractions and
 * would sort {@code 10:00:00Z} after {@code 10:00:00.5Z}).
 */
public final class AccessLogKeys {
    private static final Pattern SORT_KEY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z#[0-9a-f]{12}");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private AccessLogKeys() {
    }

    public static String partition(CassNumber subject) {
        return PeopleKeys.person(subject);
    }

    public static Map<String, AttributeValue> entry(CassNumber subject, Instant at, String unique) {
        return key(subject, MILLIS.format(at) + "#" + unique);
    }

    public static Map<String, AttributeValue> key(CassNumber subject, String sortKey) {
        return Attrs.key(partition(subject), sortKey);
    }

    public static boolean isSortKey(String value) {
        return SORT_KEY.matcher(value).matches();
    }
}
