package ad.cass.online.aws.access;

import static ad.cass.online.aws.dynamodb.Attrs.n;
import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.AccessLogKeys;
import ad.cass.online.aws.dynamodb.DynamoFaults;
import ad.cass.online.aws.dynamodb.PageCursors;
import ad.cass.online.aws.logging.RequestLogging;
import ad.cass.online.domain.access.AccessEntry;
import ad.cass.online.domain.access.AccessLog;
import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.person.CassNumber;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.MDC;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The access log in its table ({@link AccessLogKeys}): one PutItem per access, before the data is touched;
 * entries expire two years after they were written (KEEP, the table's TTL). A page is one Query, newest
 * first; its cursor names only a sort key, so it can never lead into another person's partition.
 */
public final class DynamoAccessLog implements AccessLog {
    /** Issue 17: kept two years. */
    static final Duration KEEP = Duration.ofDays(730);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoAccessLog(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void record(AccessEntry e) {
        byte[] unique = new byte[6];
        RANDOM.nextBytes(unique); // two entries in the same millisecond do not overwrite each other
        Map<String, AttributeValue> item = new HashMap<>(AccessLogKeys.entry(e.subject(), e.at(), HexFormat.of().formatHex(unique)));
        item.put("actor", s(e.actor().value()));
        item.put("capacity", s(e.capacity().name()));
        item.put("categories", AttributeValue.fromSs(e.categories().stream().map(Enum::name).sorted().toList()));
        item.put("operation", s(e.operation().name()));
        item.put("at", s(e.at().toString()));
        item.put("route", s(orNone(MDC.get(RequestLogging.ROUTE))));
        item.put("correlationId", s(orNone(MDC.get(RequestLogging.CORRELATION_ID))));
        item.put("expiresAt", n(e.at().plus(KEEP).getEpochSecond()));
        DynamoFaults.run(() -> dynamo.putItem(r -> r.tableName(table).item(item)));
    }

    @Override
    public Page page(CassNumber subject, int limit, String cursor) {
        Map<String, AttributeValue> start = PageCursors.start(AccessLogKeys.partition(subject), cursor, AccessLogKeys::isSortKey);
        QueryResponse response = DynamoFaults.call(() -> dynamo.query(r -> r.tableName(table)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s(AccessLogKeys.partition(subject))))
                .scanIndexForward(false)
                .limit(limit)
                .exclusiveStartKey(start)));
        var entries = response.items().stream().map(i -> new Logged(new AccessEntry(subject, CassNumber.of(str(i, "actor")),
                AccessEntry.Capacity.valueOf(str(i, "capacity")),
                i.get("categories").ss().stream().map(DataCategory::valueOf).collect(Collectors.toSet()),
                AccessEntry.Operation.valueOf(str(i, "operation")), Instant.parse(str(i, "at"))), str(i, "route"))).toList();
        return new Page(entries, PageCursors.next(response));
    }

    private static String orNone(String value) {
        return value == null ? "-" : value;
    }
}
