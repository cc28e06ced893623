package ad.cass.online.aws.lifecertificates;

import static ad.cass.online.aws.dynamodb.Attrs.s;

import ad.cass.online.aws.dynamodb.Batches;
import ad.cass.online.aws.dynamodb.DynamoFaults;
import ad.cass.online.aws.dynamodb.PageCursors;
import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.lifecertificates.Action;
import ad.cass.online.domain.lifecertificates.AuditEntry;
import ad.cass.online.domain.lifecertificates.LifeCertificate;
import ad.cass.online.domain.lifecertificates.LifeCertificateStore;
import ad.cass.online.domain.lifecertificates.PensionRecord;
import ad.cass.online.domain.lifecertificates.PensionState;
import ad.cass.online.domain.lifecertificates.Pensioner;
import ad.cass.online.domain.person.CassNumber;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Proof of life in the Records table (issue 21; layout in {@link RecordsKeys}): the PENSION item per pensioner, found
 * by shard through the sparse {@value RecordsKeys#PENSIONERS_INDEX}, one LIFECERT# item per file and one LIFEACTION#
 * item per action. Each decision is one TransactWriteItems: the new item only if absent, the pension only at the
 * version read; so a decision is written whole or not at all, and once.
 */
public final class DynamoLifeCertificateStore implements LifeCertificateStore {
    private static final String ABSENT = "attribute_not_exists(pk)";
    /** A transaction's item refused for these is "no" or "not now, re-read": never a fault. */
    private static final Set<String> REFUSALS = Set.of("None", "ConditionalCheckFailed", "TransactionConflict");

    private final DynamoDbClient dynamo;
    private final String table;
    private final PersonRecords records;

    public DynamoLifeCertificateStore(DynamoDbClient dynamo, String recordsTable) {
        this.dynamo = dynamo;
        this.table = recordsTable;
        this.records = new PersonRecords(dynamo, recordsTable);
    }

    @Override
    public void savePension(Pensioner pensioner, PensionState state) {
        DynamoFaults.run(() -> dynamo.putItem(r -> r.tableName(table).item(LifeCertificateItems.pension(pensioner, state))));
    }

    @Override
    public void importPensions(List<PensionRecord> pensions) {
        Batches.write(dynamo, table, pensions.stream()
                .map(p -> WriteRequest.builder().putRequest(r -> r.item(LifeCertificateItems.pension(p))).build()).toList());
    }

    @Override
    public Optional<PensionRecord> pension(CassNumber cassNumber) {
        Map<String, AttributeValue> item = DynamoFaults.call(() -> dynamo.getItem(r -> r.tableName(table)
                .key(RecordsKeys.pension(cassNumber)).consistentRead(true)).item());
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(LifeCertificateItems.pension(item));
    }

    @Override
    public int shards() {
        return RecordsKeys.PENSIONER_SHARDS;
    }

    /**
     * One Query of the index. The cursor is the last CASS number of the page (base64url, {@link PageCursors}); the
     * rest of the index's start key follows from it, so it names nothing but a place in this shard.
     */
    @Override
    public PensionerPage pensioners(boolean residents, int shard, String cursor, int limit) {
        String partition = RecordsKeys.pensioners(residents, shard);
        Map<String, AttributeValue> start = cursor == null ? null : indexKey(partition,
                CassNumber.of(PageCursors.sortKey(cursor, CassNumber::isWellFormed)));
        QueryResponse page = DynamoFaults.call(() -> dynamo.query(r -> r.tableName(table).indexName(RecordsKeys.PENSIONERS_INDEX)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", RecordsKeys.PENSIONERS_PK))
                .expressionAttributeValues(Map.of(":pk", s(partition)))
                .limit(limit).exclusiveStartKey(start)));
        boolean more = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty();
        return new PensionerPage(page.items().stream().map(LifeCertificateItems::pension).toList(),
                more ? PageCursors.of(page.lastEvaluatedKey().get(RecordsKeys.PENSIONERS_SK).s()) : null);
    }

    private static Map<String, AttributeValue> indexKey(String partition, CassNumber last) {
        Map<String, AttributeValue> key = new HashMap<>(RecordsKeys.pension(last));
        key.put(RecordsKeys.PENSIONERS_PK, s(partition));
        key.put(RecordsKeys.PENSIONERS_SK, s(last.value()));
        return key;
    }

    @Override
    public boolean recordAction(PensionRecord expected, PensionState newState, AuditEntry audit) {
        samePerson(expected, audit);
        return transact(List.of(
                put(LifeCertificateItems.action(audit)),
                TransactWriteItem.builder().update(new PensionUpdate(expected).state(newState).done(audit.key()).build(table)).build()))
                .isEmpty();
    }

    @Override
    public CertificateOutcome recordCertificate(PensionRecord expected, LifeCertificate certificate,
                                                Optional<AuditEntry> reinstatement) {
        PensionUpdate pension = new PensionUpdate(expected);
        certificate.countsFor().forEach(pension::count);
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(put(LifeCertificateItems.certificate(expected.cassNumber(), certificate)));
        reinstatement.ifPresent(entry -> {
            samePerson(expected, entry);
            if (entry.key().kind() != Action.REINSTATEMENT) {
                throw new IllegalArgumentException("a certificate brings a reinstatement, not a " + entry.key().action());
            }
            pension.state(PensionState.paid()).done(entry.key());
        });
        writes.add(TransactWriteItem.builder().update(pension.build(table)).build());
        reinstatement.ifPresent(entry -> writes.add(put(LifeCertificateItems.action(entry))));
        Optional<List<String>> refused = transact(writes);
        if (refused.isEmpty()) {
            return CertificateOutcome.RECORDED;
        }
        // the certificate's own put comes first: when it was refused, the file is there, whatever else moved
        return "ConditionalCheckFailed".equals(refused.get().get(0)) ? CertificateOutcome.DUPLICATE : CertificateOutcome.CHANGED;
    }

    @Override
    public List<LifeCertificate> certificates(CassNumber cassNumber) {
        // keyed by file, not by date: a person has two or so a year, read all and sort
        return records.query(cassNumber, RecordsKeys.LIFE_CERTIFICATE, LifeCertificateItems::certificate).stream()
                .sorted(Comparator.comparing(LifeCertificate::receivedAt).reversed()).toList();
    }

    @Override
    public List<AuditEntry> audit(CassNumber cassNumber) {
        // keyed by campaign and action, not by date: a handful per campaign, read all and sort
        return records.query(cassNumber, RecordsKeys.LIFE_ACTION, i -> LifeCertificateItems.action(cassNumber, i)).stream()
                .sorted(Comparator.comparing(AuditEntry::at).reversed()).toList();
    }

    @Override
    public Optional<RunProgress> progress(String runId, int shard) {
        Map<String, AttributeValue> item = DynamoFaults.call(() -> dynamo.getItem(r -> r.tableName(table)
                .key(RecordsKeys.lifeRun(runId, shard)).consistentRead(true)).item());
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(LifeCertificateItems.progress(item));
    }

    @Override
    public void saveProgress(String runId, int shard, String cursor, boolean finished) {
        DynamoFaults.run(() -> {
            try {
                // a late writer of the same run (a restarted page) never takes a finished shard back
                dynamo.putItem(r -> r.tableName(table).item(LifeCertificateItems.progress(runId, shard, cursor, finished))
                        .conditionExpression("attribute_not_exists(finished) OR finished = :no")
                        .expressionAttributeValues(Map.of(":no", AttributeValue.fromBool(false))));
            } catch (ConditionalCheckFailedException finishedAlready) {
                // nothing to do: the shard is done
            }
        });
    }

    private TransactWriteItem put(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item).conditionExpression(ABSENT).build()).build();
    }

    /**
     * Writes all or nothing. Empty when written; else each item's cancellation code, in order, when the transaction
     * was refused by a condition or by a concurrent transaction on the same items (TransactionConflict: the pension
     * is changing under us, so the caller re-reads, as for a moved version). Throttling comes out as Unavailable.
     */
    private Optional<List<String>> transact(List<TransactWriteItem> writes) {
        return DynamoFaults.call(() -> {
            try {
                dynamo.transactWriteItems(t -> t.transactItems(writes));
                return Optional.empty();
            } catch (TransactionCanceledException e) {
                List<String> codes = e.hasCancellationReasons()
                        ? e.cancellationReasons().stream().map(CancellationReason::code).map(c -> c == null ? "None" : c).toList()
                        : List.of();
                if (codes.isEmpty() || !REFUSALS.containsAll(codes)) {
                    throw e;
                }
                return Optional.of(codes);
            }
        });
    }

    private static void samePerson(PensionRecord expected, AuditEntry audit) {
        if (!audit.key().cassNumber().equals(expected.cassNumber())) {
            throw new IllegalArgumentException("an action is recorded on its own person's pension");
        }
    }
}
