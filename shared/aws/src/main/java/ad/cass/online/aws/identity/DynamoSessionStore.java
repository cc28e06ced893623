package ad.cass.online.aws.identity;

import static ad.cass.online.aws.dynamodb.Attrs.PK;
import static ad.cass.online.aws.dynamodb.Attrs.SK;
import static ad.cass.online.aws.dynamodb.Attrs.key;
import static ad.cass.online.aws.dynamodb.Attrs.n;
import static ad.cass.online.aws.dynamodb.Attrs.num;
import static ad.cass.online.aws.dynamodb.Attrs.optStr;
import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.Batches;
import ad.cass.online.aws.dynamodb.DynamoFaults;
import ad.cass.online.aws.dynamodb.PeopleKeys;
import ad.cass.online.aws.dynamodb.SessionsKeys;
import ad.cass.online.domain.identity.AuthMethod;
import ad.cass.online.domain.identity.Session;
import ad.cass.online.domain.identity.SessionStore;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.settings.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Sessions in the Sessions table ({@link SessionsKeys}): the session, and its entry in its person's list,
 * written in one transaction. The token itself is never stored. Reads are strongly consistent, and so is the person's list: ending
 * every session after a PIN change misses none, where an eventually consistent index could.
 * DynamoDB deletes expired items lazily, so liveness is always checked on read too.
 */
public final class DynamoSessionStore implements SessionStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoSessionStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void create(Session session, Instant expiresAt, Instant absoluteEnd) {
        DynamoFaults.run(() -> {
            Map<String, AttributeValue> item = new HashMap<>(SessionsKeys.session(session.id()));
            item.put("cassNumber", s(session.cassNumber().value()));
            item.put("profileId", s(session.profileId()));
            item.put("method", s(session.method().name()));
            item.put("language", s(session.language().code()));
            item.put("createdAt", n(session.createdAt().toEpochMilli()));
            item.put("lastSeenAt", n(session.lastSeenAt().toEpochMilli()));
            item.put("expiresAt", n(expiresAt.getEpochSecond()));
            Map<String, AttributeValue> entry = new HashMap<>(SessionsKeys.entry(session.cassNumber(), session.id()));
            entry.put("expiresAt", n(absoluteEnd.getEpochSecond()));
            entry.put("createdAt", n(session.createdAt().toEpochMilli())); // which ones are the oldest
            dynamo.transactWriteItems(t -> t.transactItems(
                    TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                            .conditionExpression("attribute_not_exists(pk)").build()).build(),
                    TransactWriteItem.builder().put(Put.builder().tableName(table).item(entry).build()).build()));
        });
    }

    @Override
    public Optional<Session> find(String sessionId) {
        return DynamoFaults.call(() -> {
            Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                    .key(SessionsKeys.session(sessionId)).consistentRead(true)).item();
            if (item == null || item.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Session(
                    sessionId,
                    CassNumber.of(str(item, "cassNumber")),
                    str(item, "profileId"),
                    AuthMethod.valueOf(str(item, "method")),
                    Instant.ofEpochMilli(num(item, "createdAt")),
                    Instant.ofEpochMilli(num(item, "lastSeenAt")),
                    // a session opened before sessions carried a language reads Catalan
                    optStr(item, "language").flatMap(Language::ofCode).orElse(Language.CA)));
        });
    }

    @Override
    public void touch(String sessionId, Instant lastSeenAt, Instant expiresAt) {
        DynamoFaults.run(() -> {
            try {
                dynamo.updateItem(r -> r.tableName(table)
                        .key(SessionsKeys.session(sessionId))
                        .updateExpression("SET lastSeenAt = :seen, expiresAt = :exp")
                        .conditionExpression("attribute_exists(pk)")
                        .expressionAttributeValues(Map.of(":seen", n(lastSeenAt.toEpochMilli()),
                                ":exp", n(expiresAt.getEpochSecond()))));
            } catch (ConditionalCheckFailedException revokedMeanwhile) {
                // logged out between our read and this write: nothing to refresh, and nothing to resurrect
            }
        });
    }

    /** The person's list keeps the entry until its TTL; an entry without its session is harmless. */
    @Override
    public void revoke(String sessionId) {
        DynamoFaults.run(() -> {
            dynamo.deleteItem(r -> r.tableName(table).key(SessionsKeys.session(sessionId)));
        });
    }

    /**
     * Only sessions that still exist count: an entry outlives its session (signed out, or expired and gone with its TTL)
     * until its own TTL, and counted, a person signing out and in again on one device would end their live sessions on
     * the others (found by bench/load). Past the cap, one BatchGetItem tells which entries still have a session; those
     * that do not are removed.
     */
    @Override
    public void keepNewest(CassNumber cassNumber, int max) {
        DynamoFaults.run(() -> {
            List<Map<String, AttributeValue>> entries = entries(cassNumber);
            if (entries.size() <= max) {
                return;
            }
            Set<String> live = new HashSet<>();
            Batches.read(dynamo, table, entries.stream().map(e -> SessionsKeys.session(SessionsKeys.sessionIdOfEntry(str(e, SK)))).toList(),
                            keys -> keys.consistentRead(true).projectionExpression("pk"))
                    .forEach(session -> live.add(str(session, PK)));
            List<Map<String, AttributeValue>> current = new ArrayList<>();
            List<WriteRequest> dangling = new ArrayList<>();
            for (Map<String, AttributeValue> entry : entries) {
                if (live.contains(SessionsKeys.ENTRY_PREFIX + SessionsKeys.sessionIdOfEntry(str(entry, SK)))) {
                    current.add(entry);
                } else {
                    dangling.add(delete(key(str(entry, PK), str(entry, SK))));
                }
            }
            Batches.write(dynamo, table, dangling);
            if (current.size() > max) {
                current.sort(Comparator.comparingLong((Map<String, AttributeValue> e) ->
                        e.containsKey("createdAt") ? num(e, "createdAt") : 0L).reversed());
                end(current.subList(max, current.size()));
            }
        });
    }

    @Override
    public void revokeAll(CassNumber cassNumber) {
        DynamoFaults.run(() -> end(entries(cassNumber)));
    }

    /** The person's list, read strongly consistent: ending every session misses none. */
    private List<Map<String, AttributeValue>> entries(CassNumber cassNumber) {
        List<Map<String, AttributeValue>> entries = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :session)")
                        .expressionAttributeValues(Map.of(":pk", s(PeopleKeys.person(cassNumber)),
                                ":session", s(SessionsKeys.ENTRY_PREFIX))))
                .items().forEach(entries::add);
        return entries;
    }

    /** Each session and its entry, in batches (two deletes a session, 25 a call), not one call after another. */
    private void end(List<Map<String, AttributeValue>> entries) {
        List<WriteRequest> deletes = new ArrayList<>();
        for (Map<String, AttributeValue> entry : entries) {
            String sk = str(entry, SK);
            deletes.add(delete(SessionsKeys.session(SessionsKeys.sessionIdOfEntry(sk))));
            deletes.add(delete(key(str(entry, PK), sk)));
        }
        Batches.write(dynamo, table, deletes);
    }

    private static WriteRequest delete(Map<String, AttributeValue> key) {
        return WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build();
    }

    /**
     * Each session on the person's list, one conditional UpdateItem each (a handful: ten live at most,
     * {@code SESSION_MAX_PER_PERSON}, and the entries of ended ones until their TTL): a session that ended is not
     * brought back, its entry only costs a refused write.
     */
    @Override
    public void changeLanguage(CassNumber cassNumber, Language language) {
        DynamoFaults.run(() -> {
            for (Map<String, AttributeValue> entry : entries(cassNumber)) {
                try {
                    dynamo.updateItem(r -> r.tableName(table)
                            .key(SessionsKeys.session(SessionsKeys.sessionIdOfEntry(str(entry, SK))))
                            .updateExpression("SET #language = :language")
                            .conditionExpression("attribute_exists(pk)")
                            .expressionAttributeNames(Map.of("#language", "language"))
                            .expressionAttributeValues(Map.of(":language", s(language.code()))));
                } catch (ConditionalCheckFailedException endedMeanwhile) {
                    // logged out or expired: nothing to change
                }
            }
        });
    }

    @Override
    public boolean switchProfile(String sessionId, String profileId) {
        return DynamoFaults.call(() -> {
            try {
                dynamo.updateItem(r -> r.tableName(table).key(SessionsKeys.session(sessionId))
                        .updateExpression("SET profileId = :p")
                        .conditionExpression("attribute_exists(pk)")
                        .expressionAttributeValues(Map.of(":p", s(profileId))));
                return true;
            } catch (ConditionalCheckFailedException loggedOutMeanwhile) {
                return false;
            }
        });
    }
}
