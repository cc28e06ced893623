package ad.cass.online.aws.extracts;

import static ad.cass.online.aws.dynamodb.Attrs.n;
import static ad.cass.online.aws.dynamodb.Attrs.num;
import static ad.cass.online.aws.dynamodb.Attrs.optStr;
import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.DynamoFaults;
import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.aws.notices.NoticeItems;
import ad.cass.online.domain.contributions.ExtractPeriod;
import ad.cass.online.domain.extracts.ExtractFormat;
import ad.cass.online.domain.extracts.ExtractRequest;
import ad.cass.online.domain.extracts.ExtractState;
import ad.cass.online.domain.extracts.ExtractStore;
import ad.cass.online.domain.extracts.ExtractType;
import ad.cass.online.domain.extracts.Verification;
import ad.cass.online.domain.notices.ActiveNotice;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.settings.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Requested documents in the Records table ({@link RecordsKeys#extract}), their notices ({@link NoticeItems}) and
 * their public verification records ({@link RecordsKeys#verification}). Every change of state is conditioned on the
 * request still being PENDING, so a duplicate delivery changes nothing.
 */
public final class DynamoExtractStore implements ExtractStore {
    private static final String PENDING = ExtractState.PENDING.name();

    private final DynamoDbClient dynamo;
    private final String table;
    private final PersonRecords records;

    public DynamoExtractStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.records = new PersonRecords(dynamo, table);
    }

    @Override
    public ExtractRequest createOnce(ExtractRequest request) {
        return records.putIfAbsent(item(request)).map(i -> request(request.subject(), i)).orElse(request);
    }

    @Override
    public Optional<ExtractRequest> find(CassNumber subject, String id) {
        Map<String, AttributeValue> item = DynamoFaults.call(() -> dynamo.getItem(r -> r.tableName(table)
                .key(RecordsKeys.extract(subject, id)).consistentRead(true)).item());
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(request(subject, item));
    }

    /** One Query of the person's requests (a few a year), sorted by when they were asked for. */
    @Override
    public List<ExtractRequest> list(CassNumber subject, int limit) {
        return records.query(subject, RecordsKeys.EXTRACT, i -> request(subject, i)).stream()
                .sorted(Comparator.comparing(ExtractRequest::requestedAt).reversed()).limit(limit).toList();
    }

    @Override
    public boolean attempt(ExtractRequest pending) {
        return conditional(() -> dynamo.updateItem(r -> r.tableName(table).key(RecordsKeys.extract(pending.subject(), pending.id()))
                .updateExpression("SET attempts = attempts + :one")
                .conditionExpression("#state = :pending")
                .expressionAttributeNames(Map.of("#state", "state"))
                .expressionAttributeValues(Map.of(":one", n(1), ":pending", s(PENDING)))));
    }

    @Override
    public boolean finish(ExtractRequest ready, ActiveNotice notice, Verification verification) {
        List<TransactWriteItem> writes = List.of(
                TransactWriteItem.builder().update(Update.builder().tableName(table).key(RecordsKeys.extract(ready.subject(), ready.id()))
                        .updateExpression("SET #state = :ready, finishedAt = :at, documentKey = :key, sha256 = :sha")
                        .conditionExpression("#state = :pending")
                        .expressionAttributeNames(Map.of("#state", "state"))
                        .expressionAttributeValues(Map.of(":ready", s(ExtractState.READY.name()), ":at", s(ready.finishedAt().toString()),
                                ":key", s(ready.documentKey()), ":sha", s(ready.sha256()), ":pending", s(PENDING)))
                        .build()).build(),
                TransactWriteItem.builder().put(Put.builder().tableName(table).item(NoticeItems.item(notice))
                        .conditionExpression("attribute_not_exists(pk)").build()).build(),
                TransactWriteItem.builder().put(Put.builder().tableName(table).item(item(verification))
                        .conditionExpression("attribute_not_exists(pk)").build()).build());
        return DynamoFaults.call(() -> {
            try {
                dynamo.transactWriteItems(t -> t.transactItems(writes));
                return true;
            } catch (TransactionCanceledException e) {
                if (!DynamoFaults.onlyConditionsFailed(e)) {
                    throw e; // throttled or conflicting: a passing failure, the message comes back
                }
                return false;
            }
        });
    }

    @Override
    public boolean fail(ExtractRequest failed) {
        return conditional(() -> dynamo.updateItem(r -> r.tableName(table).key(RecordsKeys.extract(failed.subject(), failed.id()))
                .updateExpression("SET #state = :failed, finishedAt = :at, failure = :why")
                .conditionExpression("#state = :pending")
                .expressionAttributeNames(Map.of("#state", "state"))
                .expressionAttributeValues(Map.of(":failed", s(ExtractState.FAILED.name()), ":at", s(failed.finishedAt().toString()),
                        ":why", s(failed.failure()), ":pending", s(PENDING)))));
    }

    @Override
    public boolean revoke(String code, Instant at, String reason) {
        // if_not_exists: a second revocation (an operator's retry) keeps the first one's time and reason
        return conditional(() -> dynamo.updateItem(r -> r.tableName(table).key(RecordsKeys.verification(code))
                .updateExpression("SET revoked = :yes, revokedAt = if_not_exists(revokedAt, :at), "
                        + "revokedReason = if_not_exists(revokedReason, :why)")
                .conditionExpression("attribute_exists(pk)")
                .expressionAttributeValues(Map.of(":yes", AttributeValue.fromBool(true), ":at", s(at.toString()),
                        ":why", s(reason)))));
    }

    @Override
    public Optional<Verification> verification(String code) {
        Map<String, AttributeValue> i = DynamoFaults.call(() -> dynamo.getItem(r -> r.tableName(table)
                .key(RecordsKeys.verification(code))).item());
        if (i == null || i.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Verification(code, ExtractType.valueOf(str(i, "type")), Instant.parse(str(i, "issuedAt")),
                optStr(i, "validUntil").map(LocalDate::parse).orElse(null), str(i, "sha256"), str(i, "holderInitials"),
                i.containsKey("revoked") && Boolean.TRUE.equals(i.get("revoked").bool())));
    }

    private boolean conditional(Runnable write) {
        return DynamoFaults.call(() -> {
            try {
                write.run();
                return true;
            } catch (ConditionalCheckFailedException e) {
                return false;
            }
        });
    }

    private static Map<String, AttributeValue> item(ExtractRequest r) {
        Map<String, AttributeValue> item = PersonRecords.item(RecordsKeys.extract(r.subject(), r.id()));
        item.put("id", s(r.id()));
        item.put("type", s(r.type().name()));
        item.put("periodKind", s(r.period().kind().name()));
        if (r.period().from() != null) {
            item.put("periodFrom", s(r.period().from().toString()));
        }
        item.put("periodTo", s(r.period().to().toString()));
        item.put("format", s(r.format().name()));
        item.put("state", s(r.state().name()));
        item.put("requestedAt", s(r.requestedAt().toString()));
        item.put("requestedBy", s(r.requestedBy().value()));
        item.put("verificationCode", s(r.verificationCode()));
        item.put("attempts", n(r.attempts()));
        item.put("language", s(r.language().code()));
        return item;
    }

    private static ExtractRequest request(CassNumber subject, Map<String, AttributeValue> i) {
        return new ExtractRequest(subject, str(i, "id"), ExtractType.valueOf(str(i, "type")),
                new ExtractPeriod(ExtractPeriod.Kind.valueOf(str(i, "periodKind")), optStr(i, "periodFrom").map(YearMonth::parse).orElse(null),
                        YearMonth.parse(str(i, "periodTo"))),
                ExtractFormat.valueOf(str(i, "format")), ExtractState.valueOf(str(i, "state")), Instant.parse(str(i, "requestedAt")),
                CassNumber.of(str(i, "requestedBy")), str(i, "verificationCode"), (int) num(i, "attempts"),
                optStr(i, "finishedAt").map(Instant::parse).orElse(null), optStr(i, "documentKey").orElse(null),
                optStr(i, "sha256").orElse(null), optStr(i, "failure").orElse(null),
                optStr(i, "language").flatMap(Language::ofCode).orElse(Language.CA));
    }

    private static Map<String, AttributeValue> item(Verification v) {
        Map<String, AttributeValue> item = new HashMap<>(RecordsKeys.verification(v.code()));
        item.put("type", s(v.type().name()));
        item.put("issuedAt", s(v.issuedAt().toString()));
        if (v.validUntil() != null) {
            item.put("validUntil", s(v.validUntil().toString()));
        }
        item.put("sha256", s(v.sha256()));
        item.put("holderInitials", s(v.holderInitials()));
        item.put("revoked", AttributeValue.fromBool(v.revoked()));
        return item;
    }
}
