package ad.cass.online.aws.doctors;

import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.DirectoryKeys;
import ad.cass.online.aws.dynamodb.DynamoFaults;
import ad.cass.online.domain.doctors.Doctor;
import ad.cass.online.domain.doctors.DoctorDirectory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The doctors' directory in the Records table's {@code DIRECTORY#DOCTORS} partition ({@link DirectoryKeys}):
 * one item per doctor, read whole by one Query (in id order) for the portal's choice list.
 */
public final class DynamoDoctorDirectory implements DoctorDirectory {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDoctorDirectory(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<Doctor> find(String id) {
        return DynamoFaults.call(() -> {
            Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(DirectoryKeys.doctor(id))).item();
            return item == null || item.isEmpty() ? Optional.<Doctor>empty() : Optional.of(doctor(item));
        });
    }

    @Override
    public List<Doctor> all() {
        return DynamoFaults.call(() -> {
            List<Doctor> doctors = new ArrayList<>();
            dynamo.queryPaginator(r -> r.tableName(table)
                            .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                            .expressionAttributeValues(Map.of(":pk", s(DirectoryKeys.DOCTORS_PARTITION),
                                    ":prefix", s(DirectoryKeys.DOCTOR))))
                    .items()
                    .forEach(i -> doctors.add(doctor(i)));
            return doctors;
        });
    }

    @Override
    public void save(Doctor doctor) {
        DynamoFaults.run(() -> dynamo.putItem(r -> r.tableName(table).item(item(doctor))));
    }

    static Map<String, AttributeValue> item(Doctor d) {
        Map<String, AttributeValue> item = new HashMap<>(DirectoryKeys.doctor(d.id()));
        item.put("id", s(d.id()));
        item.put("name", s(d.name()));
        item.put("speciality", s(d.speciality()));
        item.put("parish", s(d.parish()));
        item.put("acceptingNewPatients", AttributeValue.fromBool(d.acceptingNewPatients()));
        return item;
    }

    static Doctor doctor(Map<String, AttributeValue> i) {
        AttributeValue accepting = i.get("acceptingNewPatients");
        return new Doctor(str(i, "id"), str(i, "name"), str(i, "speciality"), str(i, "parish"),
                accepting != null && Boolean.TRUE.equals(accepting.bool()));
    }
}
