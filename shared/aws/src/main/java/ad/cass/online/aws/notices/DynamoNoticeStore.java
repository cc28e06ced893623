package ad.cass.online.aws.notices;

import static ad.cass.online.aws.dynamodb.Attrs.s;

import ad.cass.online.aws.dynamodb.DynamoFaults;
import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.notices.ActiveNotice;
import ad.cass.online.domain.notices.NoticeStore;
import ad.cass.online.domain.person.CassNumber;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Active notices in the Records table ({@link RecordsKeys#notice}), newest first by their creation. */
public final class DynamoNoticeStore implements NoticeStore {
    private final PersonRecords records;
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoNoticeStore(DynamoDbClient dynamo, String table) {
        this.records = new PersonRecords(dynamo, table);
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public List<ActiveNotice> notices(CassNumber subject) {
        return records.between(subject, RecordsKeys.NOTICE, RecordsKeys.NOTICE + RecordsKeys.END, 0).stream()
                .map(i -> NoticeItems.notice(subject, i)).toList();
    }

    /** A person has a few notices: their partition's range is read and the id looked for in it. */
    @Override
    public Optional<ActiveNotice> find(CassNumber subject, String id) {
        return notices(subject).stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /**
     * One conditional put on the notice's key (its creation time and id): posted again with the same ones, as a
     * retried letter is ({@code PostedLetters}), it is there once.
     */
    @Override
    public boolean post(ActiveNotice notice) {
        return DynamoFaults.call(() -> {
            try {
                dynamo.putItem(r -> r.tableName(table).item(NoticeItems.item(notice)).conditionExpression("attribute_not_exists(pk)"));
                return true;
            } catch (ConditionalCheckFailedException postedAlready) {
                return false;
            }
        });
    }

    @Override
    public void markRead(ActiveNotice notice, Instant at) {
        DynamoFaults.run(() -> {
            try {
                dynamo.updateItem(r -> r.tableName(table).key(RecordsKeys.notice(notice.subject(), notice.createdAt(), notice.id()))
                        .updateExpression("SET readAt = :at")
                        .conditionExpression("attribute_exists(pk) AND attribute_not_exists(readAt)")
                        .expressionAttributeValues(Map.of(":at", s(at.toString()))));
            } catch (ConditionalCheckFailedException readAlready) {
                // read meanwhile in another tab: the first reading stays
            }
        });
    }
}
