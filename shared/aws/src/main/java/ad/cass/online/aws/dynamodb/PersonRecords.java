package ad.cass.online.aws.dynamodb;

import static ad.cass.online.aws.dynamodb.Attrs.s;

import ad.cass.online.domain.person.CassNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * What every store of the Records table does the same way ({@link RecordsKeys}): write many records in
 * batches, and read one kind of record of one person, newest first.
 */
public final class PersonRecords {
    private static final int BATCH = 25;
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

    /** BatchWriteItem in chunks of 25, retrying what DynamoDB hands back unprocessed. */
    public <T> void write(List<T> records, Function<T, Map<String, AttributeValue>> toItem) {
        for (int from = 0; from < records.size(); from += BATCH) {
            List<WriteRequest> chunk = records.subList(from, Math.min(records.size(), from + BATCH)).stream()
                    .map(r -> WriteRequest.builder().putRequest(PutRequest.builder().item(toItem.apply(r)).build()).build())
                    .toList();
            Map<String, List<WriteRequest>> pending = Map.of(table, chunk);
            int attempt = 0;
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> request = pending;
                var response = DynamoFaults.call(() -> dynamo.batchWriteItem(BatchWriteItemRequest.builder().requestItems(request).build()));
                pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
                if (!pending.isEmpty()) {
                    backOff(++attempt);
                }
            }
        }
    }

    private static void backOff(int attempt) {
        if (attempt > 8) {
            throw new IllegalStateException("DynamoDB kept returning unprocessed items");
        }
        try {
            Thread.sleep(Math.min(1000L, 25L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing records", e);
        }
    }
}
