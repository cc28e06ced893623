package ad.cass.online.aws.signin;

import static ad.cass.online.aws.dynamodb.Attrs.key;
import static ad.cass.online.aws.dynamodb.Attrs.n;
import static ad.cass.online.aws.dynamodb.Attrs.num;

import ad.cass.online.aws.dynamodb.DynamoFaults;
import ad.cass.online.aws.dynamodb.PeopleKeys;
import ad.cass.online.domain.signin.LockoutStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Lockout counters in the People table ({@link PeopleKeys#lockout}): attempts in
 * the current run, locks so far, locked until (epoch ms). Every change is one conditional UpdateItem, so
 * concurrent guesses are serialised by DynamoDB itself. Attribute {@code ttl} (epoch seconds) is the
 * table's TTL.
 */
public final class DynamoLockoutStore implements LockoutStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoLockoutStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /**
     * Counters are kept 30 days after the last attempt or the end of the last lock, then DynamoDB's TTL
     * removes them: those of numbers that never existed (they are counted too) and a quiet credential's
     * lock history, so the doubling starts again after a month without guesses.
     */
    static final Duration KEEP = Duration.ofDays(30);
    private static final Map<String, String> TTL_NAME = Map.of("#ttl", "ttl"); // TTL is a reserved word

    static long expiry(Instant from) {
        return from.plus(KEEP).getEpochSecond();
    }

    private static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> keyOf(String subject) {
        return PeopleKeys.lockout(subject);
    }

    @Override
    public Reservation reserve(String subject, Instant now, int maxAttempts) {
        return DynamoFaults.call(() -> {
            try {
                var item = dynamo.updateItem(r -> r.tableName(table).key(keyOf(subject))
                        .updateExpression("SET attempts = if_not_exists(attempts, :zero) + :one,"
                                + " lockCount = if_not_exists(lockCount, :zero), lastAttemptAt = :now, #ttl = :ttl")
                        .conditionExpression("(attribute_not_exists(attempts) OR attempts < :max)"
                                + " AND (attribute_not_exists(lockedUntil) OR lockedUntil <= :now)")
                        .expressionAttributeNames(TTL_NAME)
                        .expressionAttributeValues(Map.of(":zero", n(0), ":one", n(1), ":max", n(maxAttempts),
                                ":now", n(now.toEpochMilli()), ":ttl", n(expiry(now))))
                        .returnValues(ReturnValue.ALL_NEW)
                        // the same call says why when it refuses: no second read to tell a lock from a stuck run
                        .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).attributes();
                return Reservation.granted(new Attempt((int) num(item, "attempts"), (int) num(item, "lockCount")));
            } catch (ConditionalCheckFailedException lockedOrUsedUp) {
                Map<String, AttributeValue> old = lockedOrUsedUp.hasItem() ? lockedOrUsedUp.item() : Map.of();
                return Reservation.refused(new Refusal(
                        old.containsKey("attempts") ? (int) num(old, "attempts") : 0,
                        old.containsKey("lockCount") ? (int) num(old, "lockCount") : 0,
                        old.containsKey("lockedUntil") ? Instant.ofEpochMilli(num(old, "lockedUntil")) : null,
                        old.containsKey("lastAttemptAt") ? Instant.ofEpochMilli(num(old, "lastAttemptAt")) : null));
            }
        });
    }

    @Override
    public Optional<Attempt> restart(String subject, Refusal seen, Instant now) {
        return DynamoFaults.call(() -> {
            Map<String, AttributeValue> values = new java.util.HashMap<>(Map.of(":seen", n(seen.attempts()),
                    ":zero", n(0), ":one", n(1), ":now", n(now.toEpochMilli()), ":ttl", n(expiry(now))));
            String lastSeen = "attribute_not_exists(lastAttemptAt)";
            if (seen.lastAttemptAt() != null) {
                values.put(":last", n(seen.lastAttemptAt().toEpochMilli()));
                lastSeen = "lastAttemptAt = :last";
            }
            String condition = "attempts = :seen AND attribute_not_exists(lockedUntil) AND " + lastSeen;
            try {
                var item = dynamo.updateItem(r -> r.tableName(table).key(keyOf(subject))
                        .updateExpression("SET attempts = :one, lockCount = if_not_exists(lockCount, :zero) + :one,"
                                + " lastAttemptAt = :now, #ttl = :ttl")
                        .conditionExpression(condition)
                        .expressionAttributeNames(TTL_NAME)
                        .expressionAttributeValues(values)
                        .returnValues(ReturnValue.ALL_NEW)).attributes();
                return Optional.of(new Attempt(1, (int) num(item, "lockCount")));
            } catch (ConditionalCheckFailedException someoneElseRestartedIt) {
                return Optional.empty();
            }
        });
    }

    /** An UpdateItem, not a DeleteItem: the operation the reservation already used, so no new one to load at cold start. */
    @Override
    public void clear(String subject) {
        DynamoFaults.run(() -> {
            dynamo.updateItem(r -> r.tableName(table).key(keyOf(subject))
                    .updateExpression("SET attempts = :zero, lockCount = :zero REMOVE lockedUntil")
                    .expressionAttributeValues(Map.of(":zero", n(0))));
        });
    }

    @Override
    public boolean lock(String subject, Attempt attempt, int maxAttempts, Instant until) {
        return DynamoFaults.call(() -> {
            try {
                dynamo.updateItem(r -> r.tableName(table).key(keyOf(subject))
                        .updateExpression("SET lockedUntil = :until, lockCount = lockCount + :one, attempts = :zero, #ttl = :ttl")
                        .conditionExpression("attempts = :max AND lockCount = :locks")
                        .expressionAttributeNames(TTL_NAME)
                        .expressionAttributeValues(Map.of(":until", n(until.toEpochMilli()), ":one", n(1), ":zero", n(0),
                                ":max", n(maxAttempts), ":locks", n(attempt.previousLocks()), ":ttl", n(expiry(until)))));
                return true;
            } catch (ConditionalCheckFailedException someoneElseLockedOrASuccessReset) {
                return false;
            }
        });
    }
}
