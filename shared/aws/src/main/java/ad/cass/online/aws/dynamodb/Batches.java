package ad.cass.online.aws.dynamodb;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** BatchWriteItem in chunks of 25 (its limit), retrying what DynamoDB hands back unprocessed, with back-off. */
public final class Batches {
    static final int LIMIT = 25;

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

    private static void backOff(int attempt) {
        if (attempt > 8) {
            throw new IllegalStateException("DynamoDB kept returning unprocessed items");
        }
        try {
            Thread.sleep(Math.min(1000L, 25L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a batch", e);
        }
    }
}
