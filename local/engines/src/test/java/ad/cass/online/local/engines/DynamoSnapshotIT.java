package ad.cass.online.local.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code --data DIR}: the tables outlive the emulator, in DynamoDB's own export format. */
class DynamoSnapshotIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path TEMPLATE = SamTemplate.find();

    @TempDir
    Path dir;

    LocalEngines start(Path data) throws Exception {
        return LocalEngines.start(data, null, dir.resolve("outbox"), dir.resolve("tools"));
    }

    static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk));
    }

    /** One attribute of every type DynamoDB has, nested too. */
    static Map<String, AttributeValue> everyType() {
        return Map.ofEntries(
                Map.entry("pk", AttributeValue.fromS("PERSON#100001A")),
                Map.entry("sk", AttributeValue.fromS("PROFILE")),
                Map.entry("name", AttributeValue.fromS("Jordi Vidal Font · àèòç")),
                Map.entry("cents", AttributeValue.fromN("152533")),
                Map.entry("hash", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, 1, (byte) 0xff}))),
                Map.entry("active", AttributeValue.fromBool(true)),
                Map.entry("nothing", AttributeValue.fromNul(true)),
                Map.entry("tags", AttributeValue.fromSs(List.of("a", "b"))),
                Map.entry("numbers", AttributeValue.fromNs(List.of("1", "2.5"))),
                Map.entry("blobs", AttributeValue.fromBs(List.of(SdkBytes.fromByteArray(new byte[] {7})))),
                Map.entry("address", AttributeValue.fromM(Map.of("town", AttributeValue.fromS("Andorra la Vella"),
                        "lines", AttributeValue.fromL(List.of(AttributeValue.fromS("Av. Meritxell 1"), AttributeValue.fromN("3")))))));
    }

    @Test
    void whatWasWrittenComesBackInTheNextRunAttributeForAttribute() throws Exception {
        Path data = dir.resolve("data");
        String people;
        try (LocalEngines first = start(data)) {
            SamTemplate template = first.deploy(TEMPLATE, "snap");
            people = template.string(Map.of("Ref", "PeopleTable"));
            try (DynamoDbClient dynamo = first.dynamoClient()) {
                dynamo.putItem(r -> r.tableName(people).item(everyType()));
                for (int i = 0; i < 60; i++) { // more than one BatchWriteItem's worth on the way back
                    String sk = "DEPENDANT#" + i;
                    dynamo.putItem(r -> r.tableName(people).item(Map.of("pk", AttributeValue.fromS("PERSON#100001A"),
                            "sk", AttributeValue.fromS(sk))));
                }
            }
        } // closing saves

        List<String> lines = Files.readAllLines(DynamoSnapshot.file(data, people));
        assertEquals(61, lines.size());
        for (String line : lines) {
            JsonNode item = JSON.readTree(line).get("Item");
            assertTrue(item.get("pk").has("S"), "DynamoDB JSON, typed values: " + line);
        }

        try (LocalEngines second = start(data)) {
            assertTrue(second.hasSavedTable(people));
            second.deploy(TEMPLATE, "snap");
            try (DynamoDbClient dynamo = second.dynamoClient()) {
                assertEquals(everyType(), dynamo.getItem(r -> r.tableName(people).key(key("PERSON#100001A", "PROFILE"))).item());
                assertEquals(61, dynamo.scan(r -> r.tableName(people)).count());
            }
        }
    }

    /** A crash runs no shutdown hook: what was written is on disk within a few seconds anyway. */
    @Test
    void writesReachTheDiskWithinSecondsWithoutWaitingForTheEnd() throws Exception {
        Path data = dir.resolve("data-running");
        try (LocalEngines engines = start(data)) {
            String sessions = engines.deploy(TEMPLATE, "snaprun").string(Map.of("Ref", "SessionsTable"));
            try (DynamoDbClient dynamo = engines.dynamoClient()) {
                dynamo.putItem(r -> r.tableName(sessions).item(key("SESSION#abc", "SESSION")));
            }
            Path file = DynamoSnapshot.file(data, sessions);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (!(Files.exists(file) && Files.readString(file).contains("SESSION#abc")) && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertTrue(Files.readString(file).contains("SESSION#abc"), "saved while still running");
        }
        // while running, a save in progress has its temporary file beside the last complete one (renamed over
        // it atomically when done); once stopped, none is left
        try (var leftovers = Files.list(data)) {
            assertTrue(leftovers.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no half-written file left");
        }
    }
}
