package ad.cass.online.bench.load;

import ad.cass.online.aws.dynamodb.PeopleKeys;
import ad.cass.online.domain.person.CassNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The Records table's items of each person, read straight from DynamoDB with consistent reads (what the API wrote,
 * not what it says): once before the run, to tell the demo's items from the run's, and once after.
 */
final class RecordsSnapshot {
    /** Everyone a client can reach: the demo people with access and the dependants acted for. */
    static final List<String> PEOPLE = List.of("100001A", "100002B", "100003C", "100004D", "100005E", "100006F", "100007G", "100009J");

    private final Map<String, List<Map<String, AttributeValue>>> items;

    private RecordsSnapshot(Map<String, List<Map<String, AttributeValue>>> items) {
        this.items = items;
    }

    static RecordsSnapshot read(DynamoDbClient dynamo, String table) {
        Map<String, List<Map<String, AttributeValue>>> items = new HashMap<>();
        for (String person : PEOPLE) {
            List<Map<String, AttributeValue>> partition = new ArrayList<>();
            dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true).keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(PeopleKeys.person(CassNumber.of(person))))))
                    .items().forEach(partition::add);
            items.put(person, partition);
        }
        return new RecordsSnapshot(items);
    }

    /** The person's items whose sort key starts with {@code prefix} (a RecordsKeys prefix, e.g. {@code PROCEDURE#}). */
    List<Map<String, AttributeValue>> of(String person, String prefix) {
        return items.getOrDefault(person, List.of()).stream().filter(i -> sk(i).startsWith(prefix)).toList();
    }

    /** Their sort keys, to tell what was there before. */
    Set<String> keys(String person, String prefix) {
        return of(person, prefix).stream().map(RecordsSnapshot::sk).collect(Collectors.toSet());
    }

    static String sk(Map<String, AttributeValue> item) {
        return item.get("sk").s();
    }

    static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }
}
