package ad.cass.online.aws.dynamodb;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The directories CASS keeps in the Records table, written once: one partition per directory, one item per
 * entry, so one Query reads a whole directory (it is small: the country's doctors).
 * <pre>
 *   pk                  sk                 what
 *   DIRECTORY#DOCTORS   DOCTOR#&lt;id&gt;        a doctor one may choose as referring doctor (metge referent):
 *                                          id, name, speciality, parish, acceptingNewPatients
 * </pre>
 * No person's partition starts with {@code DIRECTORY#}, so the directory never mixes with anyone's records
 * ({@link RecordsKeys}).
 */
public final class DirectoryKeys {
    /** The one partition of the doctors' directory. */
    public static final String DOCTORS_PARTITION = "DIRECTORY#DOCTORS";
    public static final String DOCTOR = "DOCTOR#";

    private DirectoryKeys() {
    }

    public static Map<String, AttributeValue> doctor(String id) {
        return Attrs.key(DOCTORS_PARTITION, DOCTOR + id);
    }
}
