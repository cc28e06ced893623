package ad.cass.online.aws.doctors;

import static ad.cass.online.aws.dynamodb.Attrs.optStr;
import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.doctors.DoctorAssignment;
import ad.cass.online.domain.person.CassNumber;
import java.time.LocalDate;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A period with a referring doctor as an item of the Records table ({@link RecordsKeys#doctor}). */
public final class DoctorItems {
    private DoctorItems() {
    }

    public static Map<String, AttributeValue> item(DoctorAssignment d) {
        Map<String, AttributeValue> item = PersonRecords.item(RecordsKeys.doctor(d.subject(), d.from()));
        item.put("doctorId", s(d.doctorId()));
        item.put("doctorName", s(d.doctorName()));
        item.put("speciality", s(d.speciality()));
        item.put("from", s(d.from().toString()));
        if (d.to() != null) {
            item.put("to", s(d.to().toString()));
        }
        return item;
    }

    public static DoctorAssignment assignment(CassNumber subject, Map<String, AttributeValue> i) {
        return new DoctorAssignment(subject, str(i, "doctorId"), str(i, "doctorName"), str(i, "speciality"),
                LocalDate.parse(str(i, "from")), optStr(i, "to").map(LocalDate::parse).orElse(null));
    }
}
