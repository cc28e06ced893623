package ad.cass.online.aws.procedures;

import static ad.cass.online.aws.dynamodb.Attrs.l;
import static ad.cass.online.aws.dynamodb.Attrs.list;
import static ad.cass.online.aws.dynamodb.Attrs.m;
import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.Attrs;
import ad.cass.online.aws.dynamodb.DynamoFaults;
import ad.cass.online.aws.dynamodb.PageCursors;
import ad.cass.online.aws.dynamodb.PeopleKeys;
import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.access.AccessEntry;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.procedures.DocumentRole;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.domain.procedures.ProcedureDocument;
import ad.cass.online.domain.procedures.ProcedureFilter;
import ad.cass.online.domain.procedures.ProcedureStatus;
import ad.cass.online.domain.procedures.ProcedureStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** Procedures in the Records table ({@link RecordsKeys#procedure}), documents nested in their procedure. */
public final class DynamoProcedureStore implements ProcedureStore {
    private final PersonRecords records;
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoProcedureStore(DynamoDbClient dynamo, String table) {
        this.records = new PersonRecords(dynamo, table);
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void saveProcedures(List<Procedure> procedures) {
        records.write(procedures, DynamoProcedureStore::item);
    }

    @Override
    public Procedure createOnce(Procedure procedure) {
        // a retry: the first request's procedure
        return records.putIfAbsent(item(procedure)).map(kept -> procedure(procedure.subject(), kept)).orElse(procedure);
    }

    /** A procedure's item: a store that files one in a transaction of its own writes it the same way. */
    public static Map<String, AttributeValue> item(Procedure p) {
        Map<String, AttributeValue> item = PersonRecords.item(RecordsKeys.procedure(p.subject(), p.startDate(), p.code()));
        item.put("code", s(p.code()));
        item.put("type", s(p.type()));
        item.put("startDate", s(p.startDate().toString()));
        item.put("modifiedAt", s(p.modifiedAt().toString()));
        item.put("status", s(p.status().name()));
        item.put("professional", AttributeValue.fromBool(p.professional()));
        item.put("documents", l(p.documents().stream().map(d -> {
            Map<String, AttributeValue> document = new HashMap<>(Map.of("name", s(d.name()), "role", s(d.role().name())));
            if (d.storageKey() != null) {
                document.put("key", s(d.storageKey()));
            }
            return m(document);
        }).toList()));
        Map<String, AttributeValue> fields = new HashMap<>();
        p.fields().forEach((name, value) -> fields.put(name, s(value)));
        item.put("fields", m(fields));
        return item;
    }

    @Override
    public List<Procedure> procedures(CassNumber subject) {
        return records.query(subject, RecordsKeys.PROCEDURE, i -> procedure(subject, i));
    }

    /**
     * One Query over the person's procedures within the period (their sort keys sort by start date), newest first,
     * read a page of DynamoDB at a time until {@code limit} match; the cursor is the sort key of the last one
     * answered, so the next page starts right after it whatever the filter left out.
     */
    @Override
    public Page page(CassNumber subject, ProcedureFilter filter, boolean professional, int limit, String cursor) {
        String partition = PeopleKeys.person(subject);
        String lowest = RecordsKeys.PROCEDURE + (filter.from() == null ? "" : filter.from().toString());
        String highest = RecordsKeys.PROCEDURE + (filter.to() == null ? RecordsKeys.END : filter.to() + "#" + RecordsKeys.END);
        // a cursor outside the period (forged, or from another search) would make DynamoDB refuse the Query: a 400
        Map<String, AttributeValue> start = PageCursors.start(partition, cursor, sk -> sk.startsWith(RecordsKeys.PROCEDURE)
                && sk.compareTo(lowest) >= 0 && sk.compareTo(highest) <= 0);
        return DynamoFaults.call(() -> {
            List<Procedure> found = new ArrayList<>();
            String last = null;
            Map<String, AttributeValue> from = start;
            do {
                Map<String, AttributeValue> exclusiveStart = from;
                QueryResponse response = dynamo.query(r -> r.tableName(table)
                        .keyConditionExpression("pk = :pk AND sk BETWEEN :low AND :high")
                        .expressionAttributeValues(Map.of(":pk", s(partition), ":low", s(lowest), ":high", s(highest)))
                        .scanIndexForward(false).limit(Math.max(limit, 25)).exclusiveStartKey(exclusiveStart));
                for (Map<String, AttributeValue> item : response.items()) {
                    Procedure p = procedure(subject, item);
                    if (filter.matches(p) && (professional || !p.professional())) {
                        found.add(p);
                        last = str(item, Attrs.SK);
                        if (found.size() == limit) {
                            return new Page(found, more(response, item) ? PageCursors.of(last) : null);
                        }
                    }
                }
                from = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
            } while (from != null);
            return new Page(found, null);
        });
    }

    /** Whether anything may follow {@code item}: more items in this page, or another page. */
    private static boolean more(QueryResponse response, Map<String, AttributeValue> item) {
        return response.items().indexOf(item) < response.items().size() - 1
                || (response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty());
    }

    /**
     * The change and its record in one transaction, conditioned on the procedure still waiting, unchanged since it
     * was read, and on the record not being there: of two requests at once one wins; a retry of the winner finds its
     * record and answers as it did.
     */
    @Override
    public Procedure act(Procedure seen, Procedure after, String action, String keyDigest, AccessEntry.Capacity capacity,
                         CassNumber actor) {
        Map<String, AttributeValue> recordKey = RecordsKeys.procedureAction(seen.subject(), seen.code(), keyDigest);
        Optional<Map<String, AttributeValue>> done = actionRecord(recordKey);
        if (done.isPresent()) {
            return replay(seen, action, done.get());
        }
        if (seen.status() != ProcedureStatus.PENDING) {
            throw new NotWaiting();
        }
        Map<String, AttributeValue> record = new HashMap<>(recordKey);
        record.put("code", s(seen.code()));
        record.put("action", s(action));
        record.put("actor", s(actor.value()));
        record.put("capacity", s(capacity.name()));
        record.put("at", s(after.modifiedAt().toString()));
        record.put("status", s(after.status().name()));
        Map<String, AttributeValue> changed = item(after);
        List<TransactWriteItem> writes = List.of(
                TransactWriteItem.builder().update(Update.builder().tableName(table)
                        .key(RecordsKeys.procedure(seen.subject(), seen.startDate(), seen.code()))
                        .updateExpression("SET #status = :to, modifiedAt = :at, documents = :documents, #fields = :fields")
                        .conditionExpression("#status = :pending AND modifiedAt = :seen")
                        .expressionAttributeNames(Map.of("#status", "status", "#fields", "fields"))
                        .expressionAttributeValues(Map.of(":to", s(after.status().name()), ":at", changed.get("modifiedAt"),
                                ":documents", changed.get("documents"), ":fields", changed.get("fields"),
                                ":pending", s(ProcedureStatus.PENDING.name()), ":seen", s(seen.modifiedAt().toString())))
                        .build()).build(),
                TransactWriteItem.builder().put(Put.builder().tableName(table).item(record)
                        .conditionExpression("attribute_not_exists(pk)").build()).build());
        return DynamoFaults.call(() -> {
            try {
                dynamo.transactWriteItems(t -> t.transactItems(writes));
            } catch (TransactionCanceledException e) {
                if (!DynamoFaults.onlyConditionsFailed(e)) {
                    throw e; // throttled or conflicting: DynamoFaults makes it a 503, and the retry is safe
                }
                // another request came first: this same one retried (its record is there), or another change
                return actionRecord(recordKey).map(r -> replay(seen, action, r)).orElseThrow(NotWaiting::new);
            }
            return after;
        });
    }

    private Optional<Map<String, AttributeValue>> actionRecord(Map<String, AttributeValue> key) {
        return DynamoFaults.call(() -> {
            Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(key).consistentRead(true)).item();
            return item == null || item.isEmpty() ? Optional.<Map<String, AttributeValue>>empty() : Optional.of(item);
        });
    }

    /** This key's action was made: the procedure as it is now; the same key for another action is no retry. */
    private Procedure replay(Procedure waiting, String action, Map<String, AttributeValue> record) {
        if (!str(record, "action").equals(action)) {
            throw new NotWaiting();
        }
        return find(waiting.subject(), waiting.code()).orElseThrow(NotWaiting::new);
    }

    private static Map<String, String> fields(Map<String, AttributeValue> stored) {
        Map<String, String> fields = new HashMap<>();
        stored.forEach((name, value) -> fields.put(name, value.s()));
        return fields;
    }

    /** By its code: one Query of the person's procedures, filtered by DynamoDB (a few dozen in a life), no index needed. */
    @Override
    public Optional<Procedure> find(CassNumber subject, String code) {
        return records.firstWith(subject, RecordsKeys.PROCEDURE, "code", code).map(i -> procedure(subject, i));
    }

    /** A procedure from its item: every read of the table (this store, the home page) maps it the same way. */
    public static Procedure procedure(CassNumber subject, Map<String, AttributeValue> i) {
        return new Procedure(subject, str(i, "code"), str(i, "type"),
                LocalDate.parse(str(i, "startDate")), Instant.parse(str(i, "modifiedAt")),
                ProcedureStatus.valueOf(str(i, "status")), i.get("professional").bool(),
                list(i, "documents").stream().map(AttributeValue::m)
                        .map(d -> new ProcedureDocument(str(d, "name"), DocumentRole.valueOf(str(d, "role")),
                                Attrs.optStr(d, "key").orElse(null))).toList(),
                i.containsKey("fields") ? fields(i.get("fields").m()) : Map.of());
    }
}
