package ad.cass.online.aws.procedures;

import static ad.cass.online.aws.dynamodb.Attrs.l;
import static ad.cass.online.aws.dynamodb.Attrs.list;
import static ad.cass.online.aws.dynamodb.Attrs.m;
import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.procedures.DocumentRole;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.domain.procedures.ProcedureDocument;
import ad.cass.online.domain.procedures.ProcedureStatus;
import ad.cass.online.domain.procedures.ProcedureStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Procedures in the Records table ({@link RecordsKeys#procedure}), documents nested in their procedure. */
public final class DynamoProcedureStore implements ProcedureStore {
    private final PersonRecords records;

    public DynamoProcedureStore(DynamoDbClient dynamo, String table) {
        this.records = new PersonRecords(dynamo, table);
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
        item.put("documents", l(p.documents().stream()
                .map(d -> m(Map.of("name", s(d.name()), "role", s(d.role().name())))).toList()));
        return item;
    }

    @Override
    public List<Procedure> procedures(CassNumber subject) {
        return records.query(subject, RecordsKeys.PROCEDURE, i -> procedure(subject, i));
    }

    /** A procedure from its item: every read of the table (this store, the home page) maps it the same way. */
    public static Procedure procedure(CassNumber subject, Map<String, AttributeValue> i) {
        return new Procedure(subject, str(i, "code"), str(i, "type"),
                LocalDate.parse(str(i, "startDate")), Instant.parse(str(i, "modifiedAt")),
                ProcedureStatus.valueOf(str(i, "status")), i.get("professional").bool(),
                list(i, "documents").stream().map(AttributeValue::m)
                        .map(d -> new ProcedureDocument(str(d, "name"), DocumentRole.valueOf(str(d, "role")))).toList());
    }
}
