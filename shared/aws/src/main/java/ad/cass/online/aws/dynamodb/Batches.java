package ad.cass.online.aws.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchWriteItem in chunks of 25 and BatchGetItem in chunks of 100 (their limits), retrying what DynamoDB hands back
 * unprocessed, with back-off.
 */
public final class Batches {
    static final int LIMIT = 25;
    static final int READ_LIMIT = 100;

    private Batches() {
    }

    public static void write(DynamoDbClient dynamo, String table, List<WriteRequest> requests) {
        for (int from = 0; from < requests.size(); from += LIMIT) {
            Map<String, List<WriteRequest>> pending = Map.of(table, requests.subList(from, Math.min(requests.size(), from + LIMIT)));
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

    /**
     * The items found at {@code keys}, in no order; those not found are left out.
     *
     * @param options the read's projection and consistency, applied to every chunk
     */
    public static List<Map<String, AttributeValue>> read(DynamoDbClient dynamo, String table,
                                                         List<Map<String, AttributeValue>> keys,
                                                         UnaryOperator<KeysAndAttributes.Builder> options) {
        List<Map<String, AttributeValue>> found = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += READ_LIMIT) {
            Map<String, KeysAndAttributes> pending = Map.of(table,
                    options.apply(KeysAndAttributes.builder().keys(keys.subList(from, Math.min(keys.size(), from + READ_LIMIT)))).build());
            int attempt = 0;
            while (!pending.isEmpty()) {
                Map<String, KeysAndAttributes> request = pending;
                var response = DynamoFaults.call(() -> dynamo.batchGetItem(r -> r.requestItems(request)));
                found.addAll(response.responses().getOrDefault(table, List.of()));
                pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
                if (!pending.isEmpty()) {
                    backOff(++attempt);
                }
            }
        }
        return found;
    }

    private static void backOff(int attempt) {
        if (attempt > 8) {
            throw new IllegalStateException("DynamoDB kept returning unprocessed items or keys");
        }
        try {
            Thread.sleep(Math.min(1000L, 25L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted between batches", e);
        }
    }
}
