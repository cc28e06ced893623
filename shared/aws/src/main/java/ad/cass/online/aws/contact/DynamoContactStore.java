package ad.cass.online.aws.contact;

import static ad.cass.online.aws.dynamodb.Attrs.n;
import static ad.cass.online.aws.dynamodb.Attrs.optStr;
import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.DynamoFaults;
import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.contact.ContactMessage;
import ad.cass.online.domain.contact.ContactRequest;
import ad.cass.online.domain.contact.ContactStore;
import ad.cass.online.domain.person.CassNumber;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Messages to CASS in the Records table, in their author's partition ({@link RecordsKeys#contact}). */
public final class DynamoContactStore implements ContactStore {
    private final DynamoDbClient dynamo;
    private final String table;
    private final PersonRecords records;

    public DynamoContactStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.records = new PersonRecords(dynamo, table);
    }

    @Override
    public boolean isKept(CassNumber author, String reference) {
        return DynamoFaults.call(() -> dynamo.getItem(r -> r.tableName(table).key(RecordsKeys.contact(author, reference))
                .projectionExpression("pk").consistentRead(true)).hasItem());
    }

    @Override
    public ContactMessage createOnce(ContactMessage m) {
        Map<String, AttributeValue> item = new HashMap<>(RecordsKeys.contact(m.author(), m.reference()));
        item.put("about", s(m.about().value()));
        item.put("subject", s(m.request().subject()));
        item.put("message", s(m.request().message()));
        item.put("replyEmail", s(m.request().replyEmail()));
        item.put("at", s(m.at().toString()));
        // a retry: what the first request kept
        return records.putIfAbsent(item).map(i -> new ContactMessage(m.author(),
                CassNumber.of(str(i, "about")), m.reference(),
                new ContactRequest(str(i, "subject"), str(i, "message"), str(i, "replyEmail"), true),
                Instant.parse(str(i, "at")), optStr(i, "sentAt").map(Instant::parse).orElse(null))).orElse(m);
    }

    /** One conditional UpdateItem: not sent, and no claim or only a lapsed one (epoch milliseconds, compared as numbers). */
    @Override
    public boolean claimSending(ContactMessage m, Instant now, Instant until) {
        return DynamoFaults.call(() -> {
            try {
                dynamo.updateItem(r -> r.tableName(table).key(RecordsKeys.contact(m.author(), m.reference()))
                        .updateExpression("SET sendingUntil = :until")
                        .conditionExpression("attribute_exists(pk) AND attribute_not_exists(sentAt)"
                                + " AND (attribute_not_exists(sendingUntil) OR sendingUntil < :now)")
                        .expressionAttributeValues(Map.of(":until", n(until.toEpochMilli()), ":now", n(now.toEpochMilli()))));
                return true;
            } catch (ConditionalCheckFailedException sentOrSending) {
                return false;
            }
        });
    }

    @Override
    public void releaseSending(ContactMessage m) {
        DynamoFaults.run(() -> dynamo.updateItem(r -> r.tableName(table).key(RecordsKeys.contact(m.author(), m.reference()))
                .updateExpression("REMOVE sendingUntil")));
    }

    @Override
    public void markSent(ContactMessage m) {
        DynamoFaults.run(() -> dynamo.updateItem(r -> r.tableName(table).key(RecordsKeys.contact(m.author(), m.reference()))
                .updateExpression("SET sentAt = :at").expressionAttributeValues(Map.of(":at", s(m.sentAt().toString())))));
    }
}
