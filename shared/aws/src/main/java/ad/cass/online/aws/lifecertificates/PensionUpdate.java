package ad.cass.online.aws.lifecertificates;

import static ad.cass.online.aws.dynamodb.Attrs.n;
import static ad.cass.online.aws.dynamodb.Attrs.s;

import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.lifecertificates.ActionKey;
import ad.cass.online.domain.lifecertificates.PensionRecord;
import ad.cass.online.domain.lifecertificates.PensionState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * One write of a PENSION item, always conditioned on the version the caller read and always moving it on by one: so
 * of two writers that read the same pension, the second is refused and plans again on what the first wrote (issue 21).
 */
final class PensionUpdate {
    private final PensionRecord expected;
    private final List<String> set = new ArrayList<>();
    private final List<String> remove = new ArrayList<>();
    private final List<String> add = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, AttributeValue> values = new HashMap<>();
    private int campaigns;

    PensionUpdate(PensionRecord expected) {
        this.expected = expected;
        names.put("#version", LifeCertificateItems.VERSION);
        values.put(":expected", n(expected.version()));
        values.put(":one", n(1));
        set.add("#version = #version + :one");
    }

    /** The state attributes set to {@code state}'s, those it has not removed. */
    PensionUpdate state(PensionState state) {
        LifeCertificateItems.state(state).forEach((name, value) -> {
            names.put("#" + name, name);
            if (value == null) {
                remove.add("#" + name);
            } else {
                values.put(":" + name, s(value));
                set.add("#" + name + " = :" + name);
            }
        });
        return this;
    }

    /** The action added to the set of those done. */
    PensionUpdate done(ActionKey key) {
        names.put("#done", LifeCertificateItems.DONE);
        values.put(":done", AttributeValue.fromSs(List.of(key.sortKey())));
        add.add("#done :done");
        return this;
    }

    /**
     * One more certificate counted for a campaign: a number inside the {@code received} map, started at 0 the first
     * time (if_not_exists, which DynamoDB and moto both evaluate on a map path), so the pension reads its counts as one
     * attribute and a campaign id (with its '-') is never an attribute name.
     */
    PensionUpdate count(String campaignId) {
        String c = "#c" + campaigns++;
        names.put(c, campaignId);
        names.put("#received", LifeCertificateItems.RECEIVED);
        values.put(":zero", n(0));
        set.add("#received." + c + " = if_not_exists(#received." + c + ", :zero) + :one");
        return this;
    }

    Update build(String table) {
        String expression = "SET " + String.join(", ", set)
                + (remove.isEmpty() ? "" : " REMOVE " + String.join(", ", remove))
                + (add.isEmpty() ? "" : " ADD " + String.join(", ", add));
        return Update.builder().tableName(table).key(RecordsKeys.pension(expected.cassNumber()))
                .updateExpression(expression)
                .conditionExpression("#version = :expected")
                .expressionAttributeNames(names).expressionAttributeValues(values).build();
    }
}
