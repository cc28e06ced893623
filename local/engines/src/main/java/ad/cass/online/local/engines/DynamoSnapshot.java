package ad.cass.online.local.engines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Keeps the local tables between runs ({@code --data DIR}), since the emulator keeps nothing on disk.
 *
 * <p>The format is DynamoDB's own export format (DYNAMODB_JSON, as "Export to S3" writes it): one file per
 * table, {@code DIR/<table name>.json}, one line per item, {@code {"Item":{"pk":{"S":"PERSON#100001A"},…}}}.
 * Files are replaced atomically, so a crash while saving leaves the previous snapshot whole. They are read
 * and written through the real SDK (Scan, BatchWriteItem), so what is saved is what the functions wrote.
 */
public final class DynamoSnapshot {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 25; // BatchWriteItem's limit

    private DynamoSnapshot() {
    }

    public static Path file(Path dir, String table) {
        return dir.resolve(table + ".json");
    }

    /** Writes each table's items to {@code dir}. */
    public static void save(DynamoDbClient dynamo, List<String> tables, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String table : tables) {
            Path temporary = Files.createTempFile(dir, "." + table, ".tmp");
            try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                for (Map<String, AttributeValue> item : dynamo.scanPaginator(r -> r.tableName(table).consistentRead(true)).items()) {
                    ObjectNode line = JSON.createObjectNode();
                    line.set("Item", toJson(item));
                    out.write(JSON.writeValueAsString(line));
                    out.newLine();
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
            Files.move(temporary, file(dir, table), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /**
     * Loads what {@link #save} wrote for each of {@code tables} that has a file in {@code dir}.
     *
     * @return how many items were loaded
     */
    public static int restore(DynamoDbClient dynamo, List<String> tables, Path dir) throws IOException {
        int loaded = 0;
        for (String table : tables) {
            Path file = file(dir, table);
            if (!Files.exists(file)) {
                continue;
            }
            List<WriteRequest> batch = new ArrayList<>(BATCH);
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode item = JSON.readTree(line).get("Item");
                    if (item == null || !item.isObject()) {
                        throw new IOException(file + ": a line without an \"Item\" object");
                    }
                    batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(fromJson(item)).build()).build());
                    if (batch.size() == BATCH) {
                        write(dynamo, table, batch);
                        loaded += batch.size();
                        batch.clear();
                    }
                }
            }
            write(dynamo, table, batch);
            loaded += batch.size();
        }
        return loaded;
    }

    private static void write(DynamoDbClient dynamo, String table, List<WriteRequest> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, List<WriteRequest>> pending = Map.of(table, List.copyOf(batch));
        while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> request = pending;
            BatchWriteItemResponse response = dynamo.batchWriteItem(r -> r.requestItems(request));
            pending = response.unprocessedItems();
        }
    }

    /** An item as DynamoDB JSON: each value an object naming its type. */
    static ObjectNode toJson(Map<String, AttributeValue> item) {
        ObjectNode node = JSON.createObjectNode();
        item.forEach((name, value) -> node.set(name, toJson(value)));
        return node;
    }

    private static ObjectNode toJson(AttributeValue value) {
        ObjectNode node = JSON.createObjectNode();
        switch (value.type()) {
            case S -> node.put("S", value.s());
            case N -> node.put("N", value.n());
            case B -> node.put("B", Base64.getEncoder().encodeToString(value.b().asByteArray()));
            case BOOL -> node.put("BOOL", value.bool());
            case NUL -> node.put("NULL", true);
            case SS -> value.ss().forEach(node.putArray("SS")::add);
            case NS -> value.ns().forEach(node.putArray("NS")::add);
            case BS -> {
                ArrayNode bs = node.putArray("BS");
                value.bs().forEach(b -> bs.add(Base64.getEncoder().encodeToString(b.asByteArray())));
            }
            case M -> node.set("M", toJson(value.m()));
            case L -> {
                ArrayNode list = node.putArray("L");
                value.l().forEach(v -> list.add(toJson(v)));
            }
            default -> throw new IllegalArgumentException("attribute type not known to this SDK: " + value);
        }
        return node;
    }

    static Map<String, AttributeValue> fromJson(JsonNode item) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        item.fields().forEachRemaining(e -> map.put(e.getKey(), value(e.getValue())));
        return map;
    }

    private static AttributeValue value(JsonNode node) {
        if (!node.isObject() || node.size() != 1) {
            throw new IllegalArgumentException("not a DynamoDB JSON value: " + node);
        }
        Map.Entry<String, JsonNode> typed = node.fields().next();
        JsonNode v = typed.getValue();
        return switch (typed.getKey()) {
            case "S" -> AttributeValue.fromS(v.asText());
            case "N" -> AttributeValue.fromN(v.asText());
            case "B" -> AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getDecoder().decode(v.asText())));
            case "BOOL" -> AttributeValue.fromBool(v.asBoolean());
            case "NULL" -> AttributeValue.fromNul(true);
            case "SS" -> AttributeValue.fromSs(texts(v));
            case "NS" -> AttributeValue.fromNs(texts(v));
            case "BS" -> AttributeValue.fromBs(texts(v).stream()
                    .map(b -> SdkBytes.fromByteArray(Base64.getDecoder().decode(b))).toList());
            case "M" -> AttributeValue.fromM(fromJson(v));
            case "L" -> {
                List<AttributeValue> list = new ArrayList<>();
                v.forEach(element -> list.add(value(element)));
                yield AttributeValue.fromL(list);
            }
            default -> throw new IllegalArgumentException("unknown DynamoDB JSON type " + typed.getKey());
        };
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
