package ad.cass.online.aws.news;

import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.DynamoFaults;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.news.NewsItem;
import ad.cass.online.domain.news.NewsStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The news in the Records table's NEWS partition ({@link RecordsKeys#news}), newest first: one Query of what
 * was published by now, the expired ones dropped here (they are few: CASS publishes a few items a week).
 */
public final class DynamoNewsStore implements NewsStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoNewsStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public List<NewsItem> shownAt(Instant now) {
        return DynamoFaults.call(() -> {
            List<NewsItem> shown = new ArrayList<>();
            dynamo.queryPaginator(r -> r.tableName(table)
                            .keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
                            .expressionAttributeValues(Map.of(":pk", s(RecordsKeys.NEWS_PARTITION),
                                    ":from", s(RecordsKeys.NEWS), ":to", s(RecordsKeys.NEWS + now + RecordsKeys.END)))
                            .scanIndexForward(false))
                    .items().forEach(i -> {
                        NewsItem item = news(i);
                        if (item.shownAt(now)) {
                            shown.add(item);
                        }
                    });
            return shown;
        });
    }

    @Override
    public void publish(NewsItem n) {
        DynamoFaults.run(() -> {
            Map<String, AttributeValue> item = new HashMap<>(RecordsKeys.news(n.publishAt(), n.id()));
            item.put("id", s(n.id()));
            item.put("publishAt", s(n.publishAt().toString()));
            item.put("expiresAt", s(n.expiresAt().toString()));
            item.put("titles", AttributeValue.fromM(n.titles().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> s(e.getValue())))));
            item.put("summaries", AttributeValue.fromM(n.summaries().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> s(e.getValue())))));
            if (n.link() != null) {
                item.put("link", s(n.link()));
            }
            dynamo.putItem(r -> r.tableName(table).item(item));
        });
    }

    static NewsItem news(Map<String, AttributeValue> i) {
        return new NewsItem(str(i, "id"), Instant.parse(str(i, "publishAt")), Instant.parse(str(i, "expiresAt")),
                texts(i.get("titles")), texts(i.get("summaries")), i.containsKey("link") ? str(i, "link") : null);
    }

    private static Map<String, String> texts(AttributeValue map) {
        return map.m().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().s()));
    }
}
