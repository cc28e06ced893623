package ad.cass.online.aws.dynamodb;

import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The Limits table's layout, written once: one item per counter and window, forgotten by TTL after it.
 * <pre>
 *   pk                                         what
 *   ADDRESS#SIGNIN#&lt;address or /64&gt;#&lt;window start, epoch s&gt;   sign-in attempts from one address
 *   ADDRESS#PIN_RESET#&lt;address or /64&gt;#&lt;window start&gt;       PIN-recovery requests from one address
 *   RESETMAIL#&lt;cass number&gt;#&lt;window start&gt;                PIN-recovery mails to one account
 * </pre>
 * Attributes: {@code uses} (a number), {@code ttl} (epoch seconds, the table's TTL).
 */
public final class LimitsKeys {
    private LimitsKeys() {
    }

    public static Map<String, AttributeValue> counter(String key, Instant windowStart) {
        return Map.of("pk", AttributeValue.fromS(key + "#" + windowStart.getEpochSecond()));
    }
}
