package ad.cass.online.aws.declarants;

import static ad.cass.online.aws.dynamodb.Attrs.s;

import ad.cass.online.aws.dynamodb.DynamoFaults;
import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.declarants.ContributionSheet;
import ad.cass.online.domain.declarants.DeclarantFile;
import ad.cass.online.domain.declarants.DeclarantStore;
import ad.cass.online.domain.declarants.EmployeeRecord;
import ad.cass.online.domain.declarants.OwnAccountChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * A declarant's records in the Records table, one partition per declarant ({@link RecordsKeys#declarant}): the file,
 * its sheets by month, its employees, its own-account bases (issue 22). Each write the domain makes once is one
 * conditional write: a month declared ({@code attribute_not_exists}), a payment ordered (no payment yet), a change
 * marked (none waiting, or this one).
 */
public final class DynamoDeclarantStore implements DeclarantStore {
    private final DynamoDbClient dynamo;
    private final String table;
    private final PersonRecords records;

    public DynamoDeclarantStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.records = new PersonRecords(dynamo, table);
    }

    @Override
    public Optional<DeclarantFile> file(String number) {
        Map<String, AttributeValue> item = DynamoFaults.call(() -> dynamo.getItem(r -> r.tableName(table)
                .key(RecordsKeys.declarantFile(number)).consistentRead(true)).item());
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(DeclarantItems.file(item));
    }

    @Override
    public List<ContributionSheet> sheets(String number) {
        return query(number, RecordsKeys.SHEET, false).stream().map(DeclarantItems::sheet).toList();
    }

    @Override
    public Optional<ContributionSheet> declare(ContributionSheet sheet) {
        return records.putIfAbsent(DeclarantItems.sheet(sheet)).map(DeclarantItems::sheet);
    }

    @Override
    public ContributionSheet order(ContributionSheet sheet, ContributionSheet.Payment order) {
        return DynamoFaults.call(() -> {
            try {
                dynamo.updateItem(r -> r.tableName(table).key(RecordsKeys.sheet(sheet.declarantNumber(), sheet.period()))
                        .updateExpression("SET #p = :p")
                        .conditionExpression("attribute_exists(pk) AND attribute_not_exists(#p)")
                        .expressionAttributeNames(Map.of("#p", DeclarantItems.PAYMENT))
                        .expressionAttributeValues(Map.of(":p", DeclarantItems.payment(order))));
                return new ContributionSheet(sheet.declarantNumber(), sheet.period(), sheet.lines(), sheet.declaredAt(),
                        sheet.dueDate(), sheet.requestKey(), order);
            } catch (ConditionalCheckFailedException ordered) {
                // ordered meanwhile (another tab, a retry) or paid: the sheet as it stands
                return DeclarantItems.sheet(dynamo.getItem(r -> r.tableName(table)
                        .key(RecordsKeys.sheet(sheet.declarantNumber(), sheet.period())).consistentRead(true)).item());
            }
        });
    }

    @Override
    public List<EmployeeRecord> employees(String number) {
        return query(number, RecordsKeys.EMPLOYEE, true).stream().map(DeclarantItems::employee).toList();
    }

    @Override
    public List<OwnAccountChoice> ownAccountChoices(String number) {
        return query(number, RecordsKeys.OWN_BASE, true).stream().map(DeclarantItems::choice).toList();
    }

    @Override
    public void chooseOwnAccountBase(OwnAccountChoice choice) {
        DynamoFaults.run(() -> dynamo.putItem(r -> r.tableName(table).item(DeclarantItems.choice(choice))));
    }

    @Override
    public boolean markChangePending(String number, DeclarantFile.PendingChange change) {
        return DynamoFaults.call(() -> {
            try {
                dynamo.updateItem(r -> r.tableName(table).key(RecordsKeys.declarantFile(number))
                        .updateExpression("SET #c = :c")
                        .conditionExpression("attribute_exists(pk) AND (attribute_not_exists(#c) OR #c.procedureCode = :code)")
                        .expressionAttributeNames(Map.of("#c", DeclarantItems.PENDING_CHANGE))
                        .expressionAttributeValues(Map.of(":c", DeclarantItems.pendingChange(change), ":code", s(change.procedureCode()))));
                return true;
            } catch (ConditionalCheckFailedException waiting) {
                return false;
            }
        });
    }

    /**
     * One conditional update: the payment is set paid unless it is; the order's time is kept (or, with none, the day
     * the money came in stands for it).
     */
    @Override
    public Optional<ContributionSheet> recordPaid(String number, java.time.YearMonth period, String reference, long amountCents,
                                                  java.time.LocalDate paidOn) {
        return DynamoFaults.call(() -> {
            Map<String, AttributeValue> key = RecordsKeys.sheet(number, period);
            Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(key).consistentRead(true)).item();
            if (item == null || item.isEmpty()) {
                return Optional.<ContributionSheet>empty();
            }
            ContributionSheet sheet = DeclarantItems.sheet(item);
            if (sheet.paymentState() == ContributionSheet.PaymentState.PAID) {
                return Optional.of(sheet);
            }
            ContributionSheet.Payment paid = new ContributionSheet.Payment(reference, sheet.payment() != null ? sheet.payment().orderedAt()
                    : paidOn.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), amountCents, paidOn);
            try {
                dynamo.updateItem(r -> r.tableName(table).key(key)
                        .updateExpression("SET #p = :p")
                        .conditionExpression("attribute_exists(pk) AND (attribute_not_exists(#p) OR attribute_not_exists(#p.paidOn))")
                        .expressionAttributeNames(Map.of("#p", DeclarantItems.PAYMENT))
                        .expressionAttributeValues(Map.of(":p", DeclarantItems.payment(paid))));
                return Optional.of(new ContributionSheet(sheet.declarantNumber(), sheet.period(), sheet.lines(), sheet.declaredAt(),
                        sheet.dueDate(), sheet.requestKey(), paid));
            } catch (ConditionalCheckFailedException recorded) {
                // recorded meanwhile: the sheet as it stands
                return Optional.of(DeclarantItems.sheet(dynamo.getItem(r -> r.tableName(table).key(key).consistentRead(true)).item()));
            }
        });
    }

    /** One conditional update: the values asked for are set and the change removed, only if it is still the one waiting. */
    @Override
    public Optional<DeclarantFile> applyChange(String number, String procedureCode) {
        return DynamoFaults.call(() -> {
            Optional<DeclarantFile> read = file(number);
            if (read.isEmpty() || read.get().pendingChange() == null
                    || !read.get().pendingChange().procedureCode().equals(procedureCode)) {
                return Optional.<DeclarantFile>empty();
            }
            Map<String, String> values = read.get().pendingChange().values();
            Map<String, String> names = new java.util.HashMap<>(Map.of("#c", DeclarantItems.PENDING_CHANGE));
            Map<String, AttributeValue> bound = new java.util.HashMap<>(Map.of(":code", s(procedureCode)));
            List<String> sets = new ArrayList<>();
            for (String field : List.of("email", "phone", "address", "iban")) {
                if (values.containsKey(field)) {
                    names.put("#" + field, field);
                    bound.put(":" + field, s(values.get(field)));
                    sets.add("#" + field + " = :" + field);
                }
            }
            try {
                dynamo.updateItem(r -> r.tableName(table).key(RecordsKeys.declarantFile(number))
                        .updateExpression((sets.isEmpty() ? "" : "SET " + String.join(", ", sets) + " ") + "REMOVE #c")
                        .conditionExpression("#c.procedureCode = :code")
                        .expressionAttributeNames(names)
                        .expressionAttributeValues(bound));
                return file(number);
            } catch (ConditionalCheckFailedException notWaiting) {
                return Optional.<DeclarantFile>empty();
            }
        });
    }

    @Override
    public void save(DeclarantFile file, List<ContributionSheet> sheets, List<EmployeeRecord> employees, List<OwnAccountChoice> choices) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        items.add(DeclarantItems.file(file));
        sheets.forEach(sh -> items.add(DeclarantItems.sheet(sh)));
        employees.forEach(e -> items.add(DeclarantItems.employee(e)));
        choices.forEach(c -> items.add(DeclarantItems.choice(c)));
        records.write(items, i -> i);
    }

    /** The declarant's items under {@code prefix}: oldest first, or newest first. */
    private List<Map<String, AttributeValue>> query(String number, String prefix, boolean oldestFirst) {
        return DynamoFaults.call(() -> {
            List<Map<String, AttributeValue>> found = new ArrayList<>();
            dynamo.queryPaginator(r -> r.tableName(table)
                            .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                            .expressionAttributeValues(Map.of(":pk", s(RecordsKeys.declarant(number)), ":prefix", s(prefix)))
                            .consistentRead(true)
                            .scanIndexForward(oldestFirst))
                    .items().forEach(found::add);
            return found;
        });
    }
}
