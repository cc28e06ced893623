package ad.cass.online.aws.dynamodb;

import static ad.cass.online.aws.dynamodb.Attrs.s;

import ad.cass.online.domain.person.CassNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * What every store of the Records table does the same way ({@link RecordsKeys}): write many records in
 * batches, and read one kind of record of one person, newest first.
 */
public final class PersonRecords {
    private final DynamoDbClient dynamo;
    private final String table;

    public PersonRecords(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** A new item holding just {@code key}, for the caller to fill. */
    public static Map<String, AttributeValue> item(Map<String, AttributeValue> key) {
        return new HashMap<>(key);
    }

    /** The person's records whose sort key starts with {@code prefix}, newest first. */
    public <T> List<T> query(CassNumber subject, String prefix, Function<Map<String, AttributeValue>, T> mapper) {
        return DynamoFaults.call(() -> {
            List<T> found = new ArrayList<>();
            dynamo.queryPaginator(r -> r.tableName(table)
                            .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                            .expressionAttributeValues(Map.of(":pk", s(PeopleKeys.person(subject)), ":prefix", s(prefix)))
                            .scanIndexForward(false))
                    .items()
                    .forEach(item -> found.add(mapper.apply(item)));
            return found;
        });
    }

    /**
     * The person's items whose sort key lies between {@code from} and {@code to} (both included), newest
     * first, at most {@code limit} of them (0: all).
     */
    public List<Map<String, AttributeValue>> between(CassNumber subject, String from, String to, int limit) {
        return DynamoFaults.call(() -> {
            List<Map<String, AttributeValue>> found = new ArrayList<>();
            var pages = dynamo.queryPaginator(r -> {
                r.tableName(table).keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
                        .expressionAttributeValues(Map.of(":pk", s(PeopleKeys.person(subject)), ":from", s(from), ":to", s(to)))
                        .scanIndexForward(false);
                if (limit > 0) {
                    r.limit(limit);
                }
            });
            for (var page : pages) {
                found.addAll(page.items());
                if (limit > 0 && found.size() >= limit) {
                    return found.subList(0, limit);
                }
            }
            return found;
        });
    }

    /**
     * The person's first item under {@code prefix} whose string {@code attribute} is {@code value}: one Query,
     * filtered by DynamoDB, read until it turns up (the sort key does not hold the value, so no narrower range).
     */
    public Optional<Map<String, AttributeValue>> firstWith(CassNumber subject, String prefix, String attribute, String value) {
        return DynamoFaults.call(() -> dynamo.queryPaginator(r -> r.tableName(table)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                        .filterExpression("#a = :v")
                        .expressionAttributeNames(Map.of("#a", attribute))
                        .expressionAttributeValues(Map.of(":pk", s(PeopleKeys.person(subject)), ":prefix", s(prefix), ":v", s(value))))
                .items().stream().findFirst());
    }

    /**
     * Writes {@code item} unless an item with its key is there already (a retried request), in which case that
     * one is read back, strongly, and returned.
     *
     * @return empty when written, else the item already there
     */
    public Optional<Map<String, AttributeValue>> putIfAbsent(Map<String, AttributeValue> item) {
        return DynamoFaults.call(() -> {
            try {
                dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(pk)"));
                return Optional.<Map<String, AttributeValue>>empty();
            } catch (ConditionalCheckFailedException there) {
                Map<String, AttributeValue> key = Map.of(Attrs.PK, item.get(Attrs.PK), Attrs.SK, item.get(Attrs.SK));
                return Optional.of(dynamo.getItem(r -> r.tableName(table).key(key).consistentRead(true)).item());
            }
        });
    }

    /** In batches ({@link Batches}). */
    public <T> void write(List<T> records, Function<T, Map<String, AttributeValue>> toItem) {
        Batches.write(dynamo, table, records.stream()
                .map(r -> WriteRequest.builder().putRequest(PutRequest.builder().item(toItem.apply(r)).build()).build())
                .toList());
    }
}
