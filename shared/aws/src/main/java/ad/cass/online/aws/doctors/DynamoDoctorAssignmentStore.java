package ad.cass.online.aws.doctors;

import static ad.cass.online.aws.dynamodb.Attrs.s;

import ad.cass.online.aws.dynamodb.DynamoFaults;
import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.doctors.DoctorAssignment;
import ad.cass.online.domain.doctors.DoctorAssignmentStore;
import ad.cass.online.domain.doctors.ReferringDoctorService;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.person.CassNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * A person's periods with a referring doctor (seeds 001/002) in the Records table, one item per start day
 * ({@link RecordsKeys#doctor}, mapped by {@link DoctorItems}). The history is one Query of the person's
 * {@code DOCTOR#} range, newest first. A change is one TransactWriteItems: an Update that ends the current
 * period, on condition that it is still that period and has no end yet (or already this one: a pending change
 * being replaced closed it today), and a Put of the new period, which overwrites a pending period opening on
 * the same day. A refused condition means someone changed the periods meanwhile: the person is asked to try again.
 */
public final class DynamoDoctorAssignmentStore implements DoctorAssignmentStore {
    private final DynamoDbClient dynamo;
    private final String table;
    private final PersonRecords records;

    public DynamoDoctorAssignmentStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.records = new PersonRecords(dynamo, table);
    }

    @Override
    public List<DoctorAssignment> history(CassNumber subject) {
        return records.between(subject, RecordsKeys.DOCTOR, RecordsKeys.DOCTOR + RecordsKeys.END, 0).stream()
                .map(i -> DoctorItems.assignment(subject, i))
                .toList();
    }

    @Override
    public void change(CassNumber subject, Optional<DoctorAssignment> closing, DoctorAssignment opening) {
        if (!opening.subject().equals(subject) || closing.map(c -> !c.subject().equals(subject) || c.to() == null
                || !c.from().isBefore(opening.from())).orElse(false)) {
            throw new IllegalArgumentException("a change closes and opens periods of one person, in order");
        }
        List<TransactWriteItem> writes = new ArrayList<>(2);
        closing.ifPresent(c -> writes.add(TransactWriteItem.builder().update(Update.builder()
                .tableName(table)
                .key(RecordsKeys.doctor(subject, c.from()))
                .updateExpression("SET #to = :to")
                .conditionExpression("attribute_exists(pk) AND doctorId = :doctorId AND (attribute_not_exists(#to) OR #to = :to)")
                .expressionAttributeNames(Map.of("#to", "to"))
                .expressionAttributeValues(Map.of(":to", s(c.to().toString()), ":doctorId", s(c.doctorId())))
                .build()).build()));
        writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(DoctorItems.item(opening)).build()).build());
        DynamoFaults.run(() -> {
            try {
                dynamo.transactWriteItems(t -> t.transactItems(writes));
            } catch (TransactionCanceledException e) {
                if (DynamoFaults.onlyConditionsFailed(e)) {
                    throw new InvalidInput("doctorId", ReferringDoctorService.CHANGED_MEANWHILE);
                }
                throw e; // throttled or conflicting with another transaction: DynamoFaults makes it Unavailable
            }
        });
    }
}
