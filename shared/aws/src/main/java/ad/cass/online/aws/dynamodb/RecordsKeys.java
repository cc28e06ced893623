package ad.cass.online.aws.dynamodb;

import ad.cass.online.domain.person.CassNumber;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The Records table's layout, written once: one partition per person, one item per record, sort keys that
 * sort by date, so a Query with {@code begins_with} and {@code ScanIndexForward=false} reads newest first.
 * <pre>
 *   pk                     sk                                    what
 *   PERSON#&lt;cass number&gt;   PROCEDURE#&lt;start date&gt;#&lt;code&gt;          a procedure, its documents nested
 *   PERSON#&lt;cass number&gt;   REIMBURSEMENT#&lt;first act&gt;#&lt;sheet&gt;      a benefit sheet, its acts nested
 *   PERSON#&lt;cass number&gt;   INCOME#&lt;yyyy-MM&gt;#&lt;declarant&gt;           a month's income from one declarant, its concepts nested
 *   PERSON#&lt;cass number&gt;   POINTS#&lt;yyyy&gt;                         a year's old-age points
 * </pre>
 * Lines (documents, acts, concepts) are nested lists in their record's item: always read together, never alone.
 */
public final class RecordsKeys {
    public static final String PROCEDURE = "PROCEDURE#";
    public static final String REIMBURSEMENT = "REIMBURSEMENT#";
    public static final String INCOME = "INCOME#";
    public static final String POINTS = "POINTS#";

    private RecordsKeys() {
    }

    public static Map<String, AttributeValue> procedure(CassNumber subject, LocalDate start, String code) {
        return Attrs.key(PeopleKeys.person(subject), PROCEDURE + start + "#" + code);
    }

    public static Map<String, AttributeValue> reimbursement(CassNumber subject, LocalDate firstAct, String sheet) {
        return Attrs.key(PeopleKeys.person(subject), REIMBURSEMENT + firstAct + "#" + sheet);
    }

    public static Map<String, AttributeValue> income(CassNumber subject, YearMonth period, String declarant) {
        return Attrs.key(PeopleKeys.person(subject), INCOME + period + "#" + declarant);
    }

    public static Map<String, AttributeValue> points(CassNumber subject, int year) {
        return Attrs.key(PeopleKeys.person(subject), POINTS + year);
    }
}
