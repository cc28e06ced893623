package ad.cass.online.aws.dynamodb;

import ad.cass.online.domain.error.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The store's {@code cursor} of a paged list (the access log, the personal file's history, the procedures): the last
 * sort key of a page, base64url. It names only a sort key, which the store puts back under the caller's own
 * partition, so even a forged one could never lead into another person's data; one that is not a key of the list is
 * a 400. The API hands it out sealed ({@link ad.cass.online.aws.http.CursorSeal}), so a client cannot forge one.
 */
public final class PageCursors {
    public static final String BAD_CURSOR = "El cursor de la pàgina no és vàlid. Torneu a començar per la primera pàgina.";
    private static final Base64.Encoder OUT = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder IN = Base64.getUrlDecoder();

    private PageCursors() {
    }

    /** The cursor of the page after {@code response}, or null when it was the last. */
    public static String next(QueryResponse response) {
        boolean more = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
        return more ? of(response.lastEvaluatedKey().get(Attrs.SK).s()) : null;
    }

    /** The cursor that names {@code sortKey}: the page after it starts right after it. */
    public static String of(String sortKey) {
        return OUT.encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key a cursor names, when {@code isSortKey} says it is one of the trail's. */
    public static String sortKey(String cursor, Predicate<String> isSortKey) {
        try {
            String sk = new String(IN.decode(cursor), StandardCharsets.UTF_8);
            if (!isSortKey.test(sk)) {
                throw new InvalidInput("cursor", BAD_CURSOR);
            }
            return sk;
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidInput("cursor", BAD_CURSOR);
        }
    }

    /** Where the page after {@code cursor} starts in {@code partition}; null for the first page. */
    public static Map<String, AttributeValue> start(String partition, String cursor, Predicate<String> isSortKey) {
        return cursor == null ? null : Attrs.key(partition, sortKey(cursor, isSortKey));
    }
}
