package ad.cass.online.aws.personalfile;

import static ad.cass.online.aws.dynamodb.Attrs.l;
import static ad.cass.online.aws.dynamodb.Attrs.list;
import static ad.cass.online.aws.dynamodb.Attrs.m;
import static ad.cass.online.aws.dynamodb.Attrs.n;
import static ad.cass.online.aws.dynamodb.Attrs.optStr;
import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.Attrs;
import ad.cass.online.aws.dynamodb.DynamoFaults;
import ad.cass.online.aws.dynamodb.PageCursors;
import ad.cass.online.aws.dynamodb.PeopleKeys;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.aws.procedures.DynamoProcedureStore;
import ad.cass.online.domain.access.AccessEntry;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.personalfile.BankAccount;
import ad.cass.online.domain.personalfile.BankChangeRequest;
import ad.cass.online.domain.personalfile.FieldChange;
import ad.cass.online.domain.personalfile.FileAuditEntry;
import ad.cass.online.domain.personalfile.FileRecord;
import ad.cass.online.domain.personalfile.PersonalFileStore;
import ad.cass.online.domain.personalfile.PostalAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The personal file across two tables: its record beside the person in the People table
 * ({@link PeopleKeys#file}), its audit trail and a bank change's procedure in the Records table
 * ({@link RecordsKeys#fileChange}, {@link RecordsKeys#procedure}). A change is one TransactWriteItems over
 * both, so the file never changes without its audit entry, and the record's version is its condition.
 */
public final class DynamoPersonalFileStore implements PersonalFileStore {
    private final DynamoDbClient dynamo;
    private final String people;
    private final String records;

    public DynamoPersonalFileStore(DynamoDbClient dynamo, String peopleTable, String recordsTable) {
        this.dynamo = dynamo;
        this.people = peopleTable;
        this.records = recordsTable;
    }

    @Override
    public FileRecord read(CassNumber subject) {
        return DynamoFaults.call(() -> {
            Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(people).key(PeopleKeys.file(subject))
                    .consistentRead(true)).item(); // the version a change is conditioned on must be the latest
            return item == null || item.isEmpty() ? FileRecord.EMPTY : record(item);
        });
    }

    /** A record from its item; the demo loader writes with {@link #item}. */
    static FileRecord record(Map<String, AttributeValue> i) {
        PostalAddress address = i.containsKey("address") ? address(i.get("address").m()) : null;
        BankAccount bank = optStr(i, "iban").map(iban -> new BankAccount(iban,
                optStr(i, "ibanSince").map(LocalDate::parse).orElse(null))).orElse(null);
        BankChangeRequest pending = optStr(i, "pendingIban").map(iban -> new BankChangeRequest(str(i, "pendingProcedure"),
                iban, Instant.parse(str(i, "pendingAt")))).orElse(null);
        return new FileRecord(optStr(i, "phone").orElse(null), address, bank, pending,
                optStr(i, "emailNoticeOwed").map(Instant::parse).orElse(null), Attrs.num(i, "version"));
    }

    public static Map<String, AttributeValue> item(CassNumber subject, FileRecord r) {
        Map<String, AttributeValue> item = new HashMap<>(PeopleKeys.file(subject));
        if (r.phone() != null) {
            item.put("phone", s(r.phone()));
        }
        if (r.address() != null) {
            item.put("address", m(Map.of("street", s(r.address().street()), "postcode", s(r.address().postcode()),
                    "town", s(r.address().town()), "country", s(r.address().country()))));
        }
        if (r.bank() != null) {
            item.put("iban", s(r.bank().iban()));
            if (r.bank().since() != null) {
                item.put("ibanSince", s(r.bank().since().toString()));
            }
        }
        if (r.pendingBank() != null) {
            item.put("pendingIban", s(r.pendingBank().iban()));
            item.put("pendingProcedure", s(r.pendingBank().procedureCode()));
            item.put("pendingAt", s(r.pendingBank().requestedAt().toString()));
        }
        if (r.emailNoticeOwed() != null) {
            item.put("emailNoticeOwed", s(r.emailNoticeOwed().toString()));
        }
        item.put("version", n(r.version()));
        return item;
    }

    private static PostalAddress address(Map<String, AttributeValue> a) {
        return new PostalAddress(str(a, "street"), str(a, "postcode"), str(a, "town"), str(a, "country"));
    }

    @Override
    public void write(Change change) {
        List<TransactWriteItem> writes = new ArrayList<>(5);
        if (change.newEmail() != null) {
            writes.add(setEmail(PeopleKeys.profile(change.subject()), change.newEmail()));
            if (change.holder() != null) { // the copy a login of the holder reads
                writes.add(setEmail(PeopleKeys.dependant(change.holder(), change.subject()), change.newEmail()));
            }
        }
        Put.Builder file = Put.builder().tableName(people).item(item(change.subject(), change.record()));
        if (change.expectedVersion() == 0) {
            file.conditionExpression("attribute_not_exists(pk)");
        } else {
            file.conditionExpression("#version = :v").expressionAttributeNames(Map.of("#version", "version"))
                    .expressionAttributeValues(Map.of(":v", n(change.expectedVersion())));
        }
        writes.add(TransactWriteItem.builder().put(file.build()).build());
        writes.add(put(records, audit(change.audit())));
        if (change.bankProcedure() != null) {
            writes.add(put(records, DynamoProcedureStore.item(change.bankProcedure())));
        }
        DynamoFaults.run(() -> {
            try {
                dynamo.transactWriteItems(t -> t.transactItems(writes));
            } catch (TransactionCanceledException e) {
                if (DynamoFaults.onlyConditionsFailed(e)) {
                    throw new ChangedMeanwhile();
                }
                throw e; // throttled or conflicting with another transaction: DynamoFaults makes it Unavailable
            }
        });
    }

    private TransactWriteItem setEmail(Map<String, AttributeValue> key, String email) {
        return TransactWriteItem.builder().update(Update.builder().tableName(people).key(key)
                .updateExpression("SET email = :email").conditionExpression("attribute_exists(pk)")
                .expressionAttributeValues(Map.of(":email", s(email))).build()).build();
    }

    /** Put only where nothing is: an audit entry or a procedure is never overwritten. */
    private static TransactWriteItem put(String table, Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item)
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }

    /** The version moves too, so a change read before this does not write the owed notice back. */
    @Override
    public void noticePosted(CassNumber subject, Instant changedAt) {
        DynamoFaults.run(() -> {
            try {
                dynamo.updateItem(r -> r.tableName(people).key(PeopleKeys.file(subject))
                        .updateExpression("REMOVE emailNoticeOwed SET #version = #version + :one")
                        .expressionAttributeNames(Map.of("#version", "version"))
                        .conditionExpression("emailNoticeOwed = :at")
                        .expressionAttributeValues(Map.of(":at", s(changedAt.toString()), ":one", n(1))));
            } catch (ConditionalCheckFailedException alreadyCleared) {
                // a concurrent retry posted it too: the queue delivers at least once anyway
            }
        });
    }

    private static Map<String, AttributeValue> audit(FileAuditEntry e) {
        Map<String, AttributeValue> item = new HashMap<>(RecordsKeys.fileChange(e.subject(), e.at(), e.id()));
        item.put("id", s(e.id()));
        item.put("actor", s(e.actor().value()));
        item.put("capacity", s(e.capacity().name()));
        item.put("at", s(e.at().toString()));
        item.put("changes", l(e.changes().stream().map(c -> {
            Map<String, AttributeValue> change = new HashMap<>();
            change.put("field", s(c.field()));
            if (c.before() != null) {
                change.put("before", s(c.before()));
            }
            if (c.after() != null) {
                change.put("after", s(c.after()));
            }
            return m(change);
        }).toList()));
        if (e.procedureCode() != null) {
            item.put("procedureCode", s(e.procedureCode()));
        }
        return item;
    }

    private static FileAuditEntry audit(CassNumber subject, Map<String, AttributeValue> i) {
        return new FileAuditEntry(str(i, "id"), subject, CassNumber.of(str(i, "actor")),
                AccessEntry.Capacity.valueOf(str(i, "capacity")), Instant.parse(str(i, "at")),
                list(i, "changes").stream().map(AttributeValue::m).map(c -> new FieldChange(str(c, "field"),
                        optStr(c, "before").orElse(null), optStr(c, "after").orElse(null))).toList(),
                optStr(i, "procedureCode").orElse(null));
    }

    @Override
    public History history(CassNumber subject, int limit, String cursor) {
        String partition = PeopleKeys.person(subject);
        Map<String, AttributeValue> start = PageCursors.start(partition, cursor, sk -> sk.startsWith(RecordsKeys.FILE_CHANGE));
        QueryResponse response = DynamoFaults.call(() -> dynamo.query(r -> r.tableName(records)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                .expressionAttributeValues(Map.of(":pk", s(partition), ":prefix", s(RecordsKeys.FILE_CHANGE)))
                .scanIndexForward(false)
                .limit(limit)
                .exclusiveStartKey(start)));
        return new History(response.items().stream().map(i -> audit(subject, i)).toList(), PageCursors.next(response));
    }

    @Override
    public Optional<String> emailBefore(CassNumber subject, Instant changedAt) {
        return DynamoFaults.call(() -> dynamo.query(r -> r.tableName(records)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                        .expressionAttributeValues(Map.of(":pk", s(PeopleKeys.person(subject)),
                                ":prefix", s(RecordsKeys.FILE_CHANGE + changedAt + "#")))
                        .consistentRead(true)).items().stream()
                .flatMap(i -> audit(subject, i).changes().stream())
                .filter(c -> c.field().equals("email") && c.before() != null)
                .map(FieldChange::before)
                .findFirst());
    }
}
