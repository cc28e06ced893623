package ad.cass.online.bench;

import ad.cass.online.local.engines.LocalEngines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * What the local DynamoDB (moto, one request at a time) sustains from Java through the SDK the functions
 * use: single PutItem, BatchWriteItem and a paginated Scan, on items the size of a pensioner's record. Sizes
 * tests and benchmarks that write many items (a 100,000-pensioner campaign, 40 years of income).
 * {@code bench/run engine [--items N]}
 */
public final class EngineThroughputBench {
    public static void main(String[] args) throws Exception {
        System.setProperty("log4j2.configurationFile", "log4j2-local.xml");
        int items = args.length >= 2 && args[0].equals("--items") ? Integer.parseInt(args[1]) : 20_000;
        Path work = Files.createTempDirectory("cass-engine-bench");
        try (LocalEngines engines = LocalEngines.start(null, null, work.resolve("outbox"), work);
             DynamoDbClient dynamo = engines.dynamoClient()) {
            dynamo.createTable(r -> r.tableName("bench").billingMode("PAY_PER_REQUEST")
                    .keySchema(k -> k.attributeName("pk").keyType("HASH"), k -> k.attributeName("sk").keyType("RANGE"))
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType("S"), a -> a.attributeName("sk").attributeType("S")));
            int singles = Math.min(items / 10, 2_000);
            for (int i = 0; i < 50; i++) { // warm the client and the emulator's code paths
                int n = i;
                dynamo.putItem(r -> r.tableName("bench").item(item("WARM", n)));
            }

            long start = System.nanoTime();
            for (int i = 0; i < singles; i++) {
                int n = i;
                dynamo.putItem(r -> r.tableName("bench").item(item("SINGLE", n)));
            }
            report("PutItem, one at a time", singles, start);

            start = System.nanoTime();
            List<WriteRequest> batch = new ArrayList<>(25);
            for (int i = 0; i < items; i++) {
                batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item("PENSIONER#" + (i % 1000), i)).build()).build());
                if (batch.size() == 25 || i == items - 1) {
                    Map<String, List<WriteRequest>> pending = Map.of("bench", List.copyOf(batch));
                    while (!pending.isEmpty()) {
                        Map<String, List<WriteRequest>> request = pending;
                        pending = dynamo.batchWriteItem(r -> r.requestItems(request)).unprocessedItems();
                    }
                    batch.clear();
                }
            }
            report("BatchWriteItem, 25 a call", items, start);

            start = System.nanoTime();
            AtomicLong scanned = new AtomicLong();
            dynamo.scanPaginator(r -> r.tableName("bench")).items().forEach(i -> scanned.incrementAndGet());
            report("Scan, paginated (1 MB pages)", scanned.get(), start);
        }
        System.exit(0);
    }

    /** About the size of a pensioner's item: keys, a name, a few dates and amounts. */
    static Map<String, AttributeValue> item(String pk, int n) {
        return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(String.format("ITEM#%08d", n)),
                "name", AttributeValue.fromS("Jean-Pierre Martin Roca"), "country", AttributeValue.fromS("FR"),
                "monthlyCents", AttributeValue.fromN(Integer.toString(152_533 + n % 1000)),
                "campaign", AttributeValue.fromS("2026-11"), "dueDate", AttributeValue.fromS("2026-12-31"),
                "status", AttributeValue.fromS("PENDING"));
    }

    static void report(String what, long count, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf("%-30s %8d items in %6.2f s: %7.0f items/s%n", what, count, seconds, count / seconds);
    }
}
