package ad.cass.online.aws.travel;

import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.travel.TravelForm;
import java.time.LocalDate;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A travel form as an item of the Records table ({@link RecordsKeys#travelForm}). */
public final class TravelFormItems {
    private TravelFormItems() {
    }

    public static Map<String, AttributeValue> item(TravelForm f) {
        Map<String, AttributeValue> item = PersonRecords.item(RecordsKeys.travelForm(f.subject(), f.validFrom(), f.id()));
        item.put("id", s(f.id()));
        item.put("country", s(f.country()));
        item.put("validFrom", s(f.validFrom().toString()));
        item.put("validTo", s(f.validTo().toString()));
        return item;
    }

    public static TravelForm travelForm(CassNumber subject, Map<String, AttributeValue> i) {
        return new TravelForm(subject, str(i, "id"), str(i, "country"), LocalDate.parse(str(i, "validFrom")),
                LocalDate.parse(str(i, "validTo")));
    }
}
