package ad.cass.online.aws.signin;

import static ad.cass.online.aws.dynamodb.Attrs.n;

import ad.cass.online.aws.dynamodb.DynamoFaults;
import ad.cass.online.aws.dynamodb.LimitsKeys;
import ad.cass.online.domain.signin.RateCounter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Fixed-window counters in the Limits table ({@link LimitsKeys}): one conditional UpdateItem per use, so
 * concurrent requests from every container are counted exactly and never overshoot. A counter is kept an
 * hour past its window (DynamoDB's TTL deletes within days, so reads never rely on it: the window is in the key).
 */
public final class DynamoRateCounter implements RateCounter {
    private static final Duration KEEP_AFTER = Duration.ofHours(1);
    private static final Map<String, String> NAMES = Map.of("#ttl", "ttl"); // TTL is a reserved word

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoRateCounter(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public boolean take(String key, Instant windowStart, Instant windowEnd, int max) {
        return DynamoFaults.call(() -> {
            try {
                dynamo.updateItem(r -> r.tableName(table).key(LimitsKeys.counter(key, windowStart))
                        .updateExpression("ADD uses :one SET #ttl = :ttl")
                        .conditionExpression("attribute_not_exists(uses) OR uses < :max")
                        .expressionAttributeNames(NAMES)
                        .expressionAttributeValues(Map.of(":one", n(1), ":max", n(max),
                                ":ttl", n(windowEnd.plus(KEEP_AFTER).getEpochSecond()))));
                return true;
            } catch (ConditionalCheckFailedException usedUp) {
                return false;
            }
        });
    }
}
