package ad.cass.online.aws.lifecertificates;

import static ad.cass.online.aws.dynamodb.Attrs.s;

import ad.cass.online.aws.dynamodb.Batches;
import ad.cass.online.aws.dynamodb.DynamoFaults;
import ad.cass.online.aws.dynamodb.PageCursors;
import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.lifecertificates.Action;
import ad.cass.online.domain.lifecertificates.ActionKey;
import ad.cass.online.domain.lifecertificates.AuditEntry;
import ad.cass.online.domain.lifecertificates.LifeCertificate;
import ad.cass.online.domain.lifecertificates.LifeCertificateStore;
import ad.cass.online.domain.lifecertificates.PensionRecord;
import ad.cass.online.domain.lifecertificates.PensionState;
import ad.cass.online.domain.lifecertificates.Pensioner;
import ad.cass.online.domain.person.CassNumber;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Proof of life in the Records table (issue 21; layout in {@link RecordsKeys}): the PENSION item per pensioner, found
 * by shard through the sparse {@value RecordsKeys#PENSIONERS_INDEX}, and one LIFECERT# item per file. Each decision
 * is one conditional UpdateItem of the PENSION item, which holds the actions done with their audit entries and the
 * files counted: only at the version read, only if not done or counted before; so a decision is written whole or not
 * at all, and once, without a transaction (issue 21's bench: moto copies the whole table for each one).
 */
public final class DynamoLifeCertificateStore implements LifeCertificateStore {
    private static final String ABSENT = "attribute_not_exists(pk)";

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
        return pensionItem(cassNumber).map(LifeCertificateItems::pension);
    }

    private Optional<Map<String, AttributeValue>> pensionItem(CassNumber cassNumber) {
        Map<String, AttributeValue> item = DynamoFaults.call(() -> dynamo.getItem(r -> r.tableName(table)
                .key(RecordsKeys.pension(cassNumber)).consistentRead(true)).item());
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
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
        return update(new PensionUpdate(expected).state(newState).done(audit).letterOwed(audit));
    }

    /** Unconditional and leaving the version alone: the mark is the run's, no decision is planned on it. */
    @Override
    public void letterSent(ActionKey action) {
        DynamoFaults.run(() -> dynamo.updateItem(r -> r.tableName(table).key(RecordsKeys.pension(action.cassNumber()))
                .updateExpression("DELETE #owed :owed")
                .expressionAttributeNames(Map.of("#owed", LifeCertificateItems.LETTERS_OWED))
                .expressionAttributeValues(Map.of(":owed", AttributeValue.fromSs(List.of(action.sortKey()))))));
    }

    /**
     * The file's own item first (if absent: a retry keeps the first arrival), then the pension, counting the file
     * once: a file item whose pension write was refused is a draft that {@link #certificates} leaves out, so the
     * pension alone says what counted. A refusal is then DUPLICATE when the file is counted already, else CHANGED.
     */
    @Override
    public CertificateOutcome recordCertificate(PensionRecord expected, LifeCertificate certificate,
                                                Optional<AuditEntry> reinstatement) {
        PensionUpdate pension = new PensionUpdate(expected).certificate(certificate.sha256());
        certificate.countsFor().forEach(pension::count);
        reinstatement.ifPresent(entry -> {
            samePerson(expected, entry);
            if (entry.key().kind() != Action.REINSTATEMENT) {
                throw new IllegalArgumentException("a certificate brings a reinstatement, not a " + entry.key().action());
            }
            pension.state(PensionState.paid()).done(entry);
        });
        DynamoFaults.run(() -> {
            try {
                dynamo.putItem(r -> r.tableName(table).item(LifeCertificateItems.certificate(expected.cassNumber(), certificate))
                        .conditionExpression(ABSENT));
            } catch (ConditionalCheckFailedException sentBefore) {
                // kept as first received; whether it counted is the pension's to say
            }
        });
        if (update(pension)) {
            return CertificateOutcome.RECORDED;
        }
        return pensionItem(expected.cassNumber()).map(LifeCertificateItems::counted).orElse(Set.of())
                .contains(certificate.sha256()) ? CertificateOutcome.DUPLICATE : CertificateOutcome.CHANGED;
    }

    @Override
    public List<LifeCertificate> certificates(CassNumber cassNumber) {
        Set<String> counted = pensionItem(cassNumber).map(LifeCertificateItems::counted).orElse(Set.of());
        // keyed by file, not by date: a person has two or so a year, read all and sort
        return records.query(cassNumber, RecordsKeys.LIFE_CERTIFICATE, LifeCertificateItems::certificate).stream()
                .filter(c -> counted.contains(c.sha256()))
                .sorted(Comparator.comparing(LifeCertificate::receivedAt).reversed()).toList();
    }

    @Override
    public List<AuditEntry> audit(CassNumber cassNumber) {
        // kept on the pension, keyed by campaign and action: a handful per campaign, sort them by time
        return pensionItem(cassNumber).map(i -> LifeCertificateItems.audit(cassNumber, i)).orElse(List.of()).stream()
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

    /** Written, or refused by its condition (done already, counted already, or the version moved): never a fault. */
    private boolean update(PensionUpdate update) {
        return DynamoFaults.call(() -> {
            try {
                dynamo.updateItem(update.build(table));
                return true;
            } catch (ConditionalCheckFailedException refused) {
                return false;
            }
        });
    }

    private static void samePerson(PensionRecord expected, AuditEntry audit) {
        if (!audit.key().cassNumber().equals(expected.cassNumber())) {
            throw new IllegalArgumentException("an action is recorded on its own person's pension");
        }
    }
}
