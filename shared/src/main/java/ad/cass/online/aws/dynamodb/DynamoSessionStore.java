package ad.cass.online.aws.dynamodb;

import static ad.cass.online.aws.dynamodb.Attrs.PK;
import static ad.cass.online.aws.dynamodb.Attrs.n;
import static ad.cass.online.aws.dynamodb.Attrs.num;
import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.port.SessionStore;
import ad.cass.online.domain.session.AuthMethod;
import ad.cass.online.domain.session.Session;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Sessions table: {@code pk} is the SHA-256 of the token; {@code expiresAt} (epoch seconds) is the TTL
 * attribute. DynamoDB deletes expired items lazily, so liveness is always checked on read too.
 * Reads are strongly consistent: a logout must take effect on the very next call.
 */
public final class DynamoSessionStore implements SessionStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoSessionStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void create(Session session, Instant expiresAt) {
        dynamo.putItem(r -> r.tableName(table)
                .item(Map.of(
                        PK, s(session.id()),
                        "cassNumber", s(session.cassNumber().value()),
                        "profileId", s(session.profileId()),
                        "method", s(session.method().name()),
                        "createdAt", n(session.createdAt().toEpochMilli()),
                        "lastSeenAt", n(session.lastSeenAt().toEpochMilli()),
                        "expiresAt", n(expiresAt.getEpochSecond())))
                .conditionExpression("attribute_not_exists(pk)"));
    }

    @Override
    public Optional<Session> find(String sessionId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(Map.of(PK, s(sessionId))).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Session(
                str(item, PK),
                CassNumber.of(str(item, "cassNumber")),
                str(item, "profileId"),
                AuthMethod.valueOf(str(item, "method")),
                Instant.ofEpochMilli(num(item, "createdAt")),
                Instant.ofEpochMilli(num(item, "lastSeenAt"))));
    }

    @Override
    public void touch(String sessionId, Instant lastSeenAt, Instant expiresAt) {
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(Map.of(PK, s(sessionId)))
                    .updateExpression("SET lastSeenAt = :seen, expiresAt = :exp")
                    .conditionExpression("attribute_exists(pk)")
                    .expressionAttributeValues(Map.of(":seen", n(lastSeenAt.toEpochMilli()),
                            ":exp", n(expiresAt.getEpochSecond()))));
        } catch (ConditionalCheckFailedException revokedMeanwhile) {
            // logged out between our read and this write: nothing to refresh, and nothing to resurrect
        }
    }

    @Override
    public void revoke(String sessionId) {
        dynamo.deleteItem(r -> r.tableName(table).key(Map.of(PK, s(sessionId))));
    }

    /** Through the byPerson index (keys only); a person has few sessions, one delete each. */
    @Override
    public void revokeAll(CassNumber cassNumber) {
        dynamo.queryPaginator(r -> r.tableName(table).indexName("byPerson")
                        .keyConditionExpression("cassNumber = :n")
                        .expressionAttributeValues(Map.of(":n", s(cassNumber.value()))))
                .items()
                .forEach(item -> revoke(str(item, PK)));
    }

    @Override
    public boolean switchProfile(String sessionId, String profileId) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(Map.of(PK, s(sessionId)))
                    .updateExpression("SET profileId = :p")
                    .conditionExpression("attribute_exists(pk)")
                    .expressionAttributeValues(Map.of(":p", s(profileId))));
            return true;
        } catch (ConditionalCheckFailedException loggedOutMeanwhile) {
            return false;
        }
    }
}
