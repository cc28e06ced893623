package ad.cass.online.aws.lifecertificates;

import static ad.cass.online.aws.dynamodb.Attrs.n;
import static ad.cass.online.aws.dynamodb.Attrs.s;

import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.lifecertificates.AuditEntry;
import ad.cass.online.domain.lifecertificates.PensionRecord;
import ad.cass.online.domain.lifecertificates.PensionState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * One write of a PENSION item, always conditioned on the version the caller read and always moving it on by one: so
 * of two writers that read the same pension, the second is refused and plans again on what the first wrote (issue 21).
 * Everything a decision changes lives on that one item (state, counts, actions done and their audit entries), so a
 * decision is one UpdateItem: whole or not at all, and no transaction (which the emulator makes cost the whole table).
 */
final class PensionUpdate {
    private final PensionRecord expected;
    private final List<String> set = new ArrayList<>();
    private final List<String> remove = new ArrayList<>();
    private final List<String> add = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, AttributeValue> values = new HashMap<>();
    private int campaigns;

    PensionUpdate(PensionRecord expected) {
        this.expected = expected;
        names.put("#version", LifeCertificateItems.VERSION);
        values.put(":expected", n(expected.version()));
        values.put(":one", n(1));
        set.add("#version = #version + :one");
        conditions.add("#version = :expected");
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

    /**
     * The action added to the set of those done, with its audit entry in the {@code audit} map under the same key;
     * only if it is not done already (the version says so too: this says why, in the item itself).
     */
    PensionUpdate done(AuditEntry entry) {
        names.put("#done", LifeCertificateItems.DONE);
        names.put("#audit", LifeCertificateItems.AUDIT);
        names.put("#action", entry.key().sortKey());
        values.put(":done", AttributeValue.fromSs(List.of(entry.key().sortKey())));
        values.put(":action", s(entry.key().sortKey()));
        values.put(":entry", LifeCertificateItems.audit(entry));
        add.add("#done :done");
        set.add("#audit.#action = :entry");
        conditions.add("NOT contains(#done, :action)");
        return this;
    }

    /**
     * The action's letter marked owed, in the same write as the action (issue 23): cleared when the letter went
     * ({@link DynamoLifeCertificateStore#letterSent}), so a run killed in between leaves it for the next run.
     */
    PensionUpdate letterOwed(AuditEntry entry) {
        names.put("#owed", LifeCertificateItems.LETTERS_OWED);
        values.put(":owed", AttributeValue.fromSs(List.of(entry.key().sortKey())));
        add.add("#owed :owed");
        return this;
    }

    /** A certificate file counted on this pension, only if it was not counted before (the same file is one). */
    PensionUpdate certificate(String sha256) {
        names.put("#certificates", LifeCertificateItems.CERTIFICATES);
        values.put(":certificate", AttributeValue.fromSs(List.of(sha256)));
        values.put(":sha", s(sha256));
        add.add("#certificates :certificate");
        conditions.add("NOT contains(#certificates, :sha)");
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

    UpdateItemRequest build(String table) {
        String expression = "SET " + String.join(", ", set)
                + (remove.isEmpty() ? "" : " REMOVE " + String.join(", ", remove))
                + (add.isEmpty() ? "" : " ADD " + String.join(", ", add));
        return UpdateItemRequest.builder().tableName(table).key(RecordsKeys.pension(expected.cassNumber()))
                .updateExpression(expression)
                .conditionExpression(String.join(" AND ", conditions))
                .expressionAttributeNames(names).expressionAttributeValues(values).build();
    }
}
