package ad.cass.online.aws.signin;

import static ad.cass.online.aws.dynamodb.Attrs.key;
import static ad.cass.online.aws.dynamodb.Attrs.n;
import static ad.cass.online.aws.dynamodb.Attrs.num;
import static ad.cass.online.aws.dynamodb.Attrs.optStr;
import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.DynamoFaults;
import ad.cass.online.aws.dynamodb.PeopleKeys;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.signin.PinResetStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * PIN-reset links in the People table ({@link PeopleKeys#pinResetLink}): the link holds the person and the
 * expiry; a pointer under the person ({@link PeopleKeys#pinResetPointer}) names their one live link. A link counts only while
 * the pointer names it, so a newer request replaces the older link even when both raced. Link items carry
 * a TTL a day after expiry: long enough to answer "expired" rather than "unknown".
 */
public final class DynamoPinResetStore implements PinResetStore {
    private static final Duration KEEP_AFTER_EXPIRY = Duration.ofDays(1);

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoPinResetStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void issue(CassNumber cassNumber, String tokenHash, Instant expiresAt) {
        DynamoFaults.run(() -> {
            Optional<String> previous = currentHash(cassNumber);
            List<TransactWriteItem> writes = new ArrayList<>();
            Map<String, AttributeValue> link = new java.util.HashMap<>(PeopleKeys.pinResetLink(tokenHash));
            link.put("cassNumber", s(cassNumber.value()));
            link.put("expiresAt", n(expiresAt.toEpochMilli()));
            link.put("ttl", n(expiresAt.plus(KEEP_AFTER_EXPIRY).getEpochSecond()));
            writes.add(put(link));
            Map<String, AttributeValue> pointer = new java.util.HashMap<>(PeopleKeys.pinResetPointer(cassNumber));
            pointer.put("tokenHash", s(tokenHash));
            writes.add(put(pointer));
            previous.filter(p -> !p.equals(tokenHash)).ifPresent(p -> writes.add(delete(PeopleKeys.pinResetLink(p), null, null)));
            dynamo.transactWriteItems(t -> t.transactItems(writes));
        });
    }

    @Override
    public Optional<PinReset> find(String tokenHash) {
        return DynamoFaults.call(() -> {
            Map<String, AttributeValue> link = dynamo.getItem(r -> r.tableName(table).key(PeopleKeys.pinResetLink(tokenHash)).consistentRead(true)).item();
            if (link == null || link.isEmpty()) {
                return Optional.empty();
            }
            CassNumber cassNumber = CassNumber.of(str(link, "cassNumber"));
            if (!currentHash(cassNumber).map(tokenHash::equals).orElse(false)) {
                return Optional.empty(); // replaced by a newer request
            }
            return Optional.of(new PinReset(cassNumber, Instant.ofEpochMilli(num(link, "expiresAt"))));
        });
    }

    @Override
    public boolean consume(String tokenHash, CassNumber cassNumber, String newPinHash) {
        return DynamoFaults.call(() -> {
            List<TransactWriteItem> writes = List.of(
                    delete(PeopleKeys.pinResetLink(tokenHash), "attribute_exists(pk)", null),
                    delete(PeopleKeys.pinResetPointer(cassNumber), "tokenHash = :hash", Map.of(":hash", s(tokenHash))),
                    put(withPinHash(PeopleKeys.pin(cassNumber), newPinHash)));
            try {
                dynamo.transactWriteItems(t -> t.transactItems(writes));
                return true;
            } catch (TransactionCanceledException e) {
                if (DynamoFaults.onlyConditionsFailed(e)) {
                    return false; // used or replaced meanwhile
                }
                throw e;
            }
        });
    }

    @Override
    public void withdraw(String tokenHash, CassNumber cassNumber) {
        DynamoFaults.run(() -> {
            try {
                dynamo.transactWriteItems(t -> t.transactItems(
                        delete(PeopleKeys.pinResetLink(tokenHash), null, null),
                        delete(PeopleKeys.pinResetPointer(cassNumber), "tokenHash = :hash", Map.of(":hash", s(tokenHash)))));
            } catch (TransactionCanceledException e) {
                if (!DynamoFaults.onlyConditionsFailed(e)) {
                    throw e;
                }
                dynamo.deleteItem(r -> r.tableName(table).key(PeopleKeys.pinResetLink(tokenHash))); // replaced meanwhile
            }
        });
    }

    private Optional<String> currentHash(CassNumber cassNumber) {
        Map<String, AttributeValue> pointer = dynamo.getItem(r -> r.tableName(table).key(PeopleKeys.pinResetPointer(cassNumber))
                .consistentRead(true)).item();
        return pointer == null || pointer.isEmpty() ? Optional.empty() : optStr(pointer, "tokenHash");
    }

    private TransactWriteItem put(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item).build()).build();
    }

    private TransactWriteItem delete(Map<String, AttributeValue> key, String condition, Map<String, AttributeValue> values) {
        Delete.Builder delete = Delete.builder().tableName(table).key(key);
        if (condition != null) {
            delete.conditionExpression(condition);
        }
        if (values != null) {
            delete.expressionAttributeValues(values);
        }
        return TransactWriteItem.builder().delete(delete.build()).build();
    }

    private static Map<String, AttributeValue> withPinHash(Map<String, AttributeValue> key, String pinHash) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(key);
        item.put("pinHash", s(pinHash));
        return item;
    }
}
