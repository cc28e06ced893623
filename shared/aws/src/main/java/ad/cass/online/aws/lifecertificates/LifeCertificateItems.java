package ad.cass.online.aws.lifecertificates;

import static ad.cass.online.aws.dynamodb.Attrs.m;
import static ad.cass.online.aws.dynamodb.Attrs.n;
import static ad.cass.online.aws.dynamodb.Attrs.num;
import static ad.cass.online.aws.dynamodb.Attrs.optStr;
import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.Attrs;
import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.lifecertificates.ActionKey;
import ad.cass.online.domain.lifecertificates.AuditEntry;
import ad.cass.online.domain.lifecertificates.IssuerType;
import ad.cass.online.domain.lifecertificates.LifeCertificate;
import ad.cass.online.domain.lifecertificates.LifeCertificateStore.RunProgress;
import ad.cass.online.domain.lifecertificates.PensionRecord;
import ad.cass.online.domain.lifecertificates.PensionState;
import ad.cass.online.domain.lifecertificates.Pensioner;
import ad.cass.online.domain.lifecertificates.SubmittedBy;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.settings.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The proof-of-life items of the Records table ({@link RecordsKeys}) and the records they hold, both ways. */
final class LifeCertificateItems {
    // the PENSION item's state attributes, which recordAction and a reinstatement rewrite
    static final String STATUS = "status";
    static final String SUSPENDED_FROM = "suspendedFrom";
    static final String MISSED_CAMPAIGN = "missedCampaign";
    static final String CLOSED_ON = "closedOn";
    static final String RECEIVED = "received";
    static final String DONE = "done";
    /** Action sort keys whose letter a run has not confirmed sent (PensionRecord.lettersOwed): set with the action. */
    static final String LETTERS_OWED = "lettersOwed";
    /** Action sort key → its audit entry: what CASS reads of every decision, written with it (PensionUpdate). */
    static final String AUDIT = "audit";
    /** The SHA-256 of every certificate file counted on this pension: the same file counts once. */
    static final String CERTIFICATES = "certificates";
    static final String VERSION = "version";

    private LifeCertificateItems() {
    }

    /** A pension at version 0, nothing received or done, with its {@value RecordsKeys#PENSIONERS_INDEX} keys. */
    static Map<String, AttributeValue> pension(Pensioner p, PensionState state) {
        Map<String, AttributeValue> item = PersonRecords.item(RecordsKeys.pension(p.cassNumber()));
        item.put(RecordsKeys.PENSIONERS_PK, s(RecordsKeys.pensioners(p.resident(), RecordsKeys.pensionerShard(p.cassNumber()))));
        item.put(RecordsKeys.PENSIONERS_SK, s(p.cassNumber().value()));
        item.put("residenceCountry", s(p.residenceCountry()));
        item.put("monthlyPensionCents", n(p.monthlyPensionCents()));
        item.put("supplement", AttributeValue.fromBool(p.supplement()));
        item.put("language", s(p.language().code()));
        state(state).forEach((name, value) -> {
            if (value != null) {
                item.put(name, s(value));
            }
        });
        // an empty map, so that an update can count a campaign into it (a path into a missing map is refused);
        // no empty "done": DynamoDB has no empty string set, and ADD creates it
        item.put(RECEIVED, m(Map.of()));
        item.put(AUDIT, m(Map.of()));
        item.put(VERSION, n(0));
        return item;
    }

    /** A pension as imported: received, done and version as given (LifeCertificateStore.importPensions). */
    static Map<String, AttributeValue> pension(PensionRecord r) {
        Map<String, AttributeValue> item = pension(r.pensioner(), r.state());
        Map<String, AttributeValue> received = new HashMap<>();
        r.received().forEach((campaign, count) -> received.put(campaign, n(count)));
        item.put(RECEIVED, m(received));
        if (!r.done().isEmpty()) {
            item.put(DONE, AttributeValue.fromSs(r.done().stream().map(ActionKey::sortKey).sorted().toList()));
        }
        item.put(VERSION, n(r.version()));
        return item;
    }

    /** The state's attributes by name; null for those its status has not (to REMOVE). */
    static Map<String, String> state(PensionState state) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(STATUS, state.status().name());
        attributes.put(SUSPENDED_FROM, text(state.suspendedFrom()));
        attributes.put(MISSED_CAMPAIGN, state.missedCampaign());
        attributes.put(CLOSED_ON, text(state.closedOn()));
        return attributes;
    }

    static PensionRecord pension(Map<String, AttributeValue> i) {
        CassNumber who = CassNumber.of(str(i, RecordsKeys.PENSIONERS_SK));
        Pensioner pensioner = new Pensioner(who, str(i, "residenceCountry"), num(i, "monthlyPensionCents"),
                Boolean.TRUE.equals(i.get("supplement").bool()), Language.fromCode(str(i, "language")));
        PensionState state = new PensionState(PensionState.Status.valueOf(str(i, STATUS)),
                optStr(i, SUSPENDED_FROM).map(LocalDate::parse).orElse(null), optStr(i, MISSED_CAMPAIGN).orElse(null),
                optStr(i, CLOSED_ON).map(LocalDate::parse).orElse(null));
        Map<String, Integer> received = new HashMap<>();
        AttributeValue counted = i.get(RECEIVED);
        if (counted != null && counted.hasM()) {
            counted.m().forEach((campaign, count) -> received.put(campaign, Integer.parseInt(count.n())));
        }
        return new PensionRecord(pensioner, state, received, actionKeys(who, i.get(DONE)), num(i, VERSION),
                actionKeys(who, i.get(LETTERS_OWED)));
    }

    /** The SHA-256 of the certificate files counted on the pension item {@code i}. */
    static Set<String> counted(Map<String, AttributeValue> i) {
        AttributeValue counted = i.get(CERTIFICATES);
        return counted == null || !counted.hasSs() ? Set.of() : Set.copyOf(counted.ss());
    }

    private static Set<ActionKey> actionKeys(CassNumber who, AttributeValue sortKeys) {
        return sortKeys == null || !sortKeys.hasSs() ? Set.of()
                : sortKeys.ss().stream().map(sortKey -> actionKey(who, sortKey)).collect(Collectors.toSet());
    }

    /** "2026-11#SUSPENSION" back into its key: neither part holds a '#' (ActionKey refuses one). */
    static ActionKey actionKey(CassNumber who, String sortKey) {
        int hash = sortKey.indexOf('#');
        return new ActionKey(who, sortKey.substring(0, hash), sortKey.substring(hash + 1));
    }

    static Map<String, AttributeValue> certificate(CassNumber who, LifeCertificate c) {
        Map<String, AttributeValue> item = PersonRecords.item(RecordsKeys.lifeCertificate(who, c.sha256()));
        item.put("sha256", s(c.sha256()));
        item.put("issuerType", s(c.issuerType().name()));
        item.put("issueDate", s(c.issueDate().toString()));
        item.put("country", s(c.country()));
        if (c.fileKey() != null) {
            item.put("fileKey", s(c.fileKey()));
        }
        if (c.contentType() != null) {
            item.put("contentType", s(c.contentType()));
        }
        item.put("receivedAt", s(c.receivedAt().toString()));
        item.put("submittedBy", s(c.submittedBy().name()));
        item.put("actor", s(c.actor()));
        item.put("countsFor", Attrs.l(c.countsFor().stream().map(Attrs::s).toList()));
        return item;
    }

    static LifeCertificate certificate(Map<String, AttributeValue> i) {
        return new LifeCertificate(str(i, "sha256"), IssuerType.valueOf(str(i, "issuerType")), LocalDate.parse(str(i, "issueDate")),
                str(i, "country"), optStr(i, "fileKey").orElse(null), optStr(i, "contentType").orElse(null),
                Instant.parse(str(i, "receivedAt")), SubmittedBy.valueOf(str(i, "submittedBy")), str(i, "actor"),
                Attrs.list(i, "countsFor").stream().map(AttributeValue::s).toList());
    }

    /** An audit entry as a value of the pension's {@value #AUDIT} map, under its action's sort key. */
    static AttributeValue audit(AuditEntry a) {
        Map<String, AttributeValue> entry = new HashMap<>();
        entry.put("at", s(a.at().toString()));
        entry.put("actor", s(a.actor()));
        Map<String, AttributeValue> details = new HashMap<>();
        a.details().forEach((name, value) -> details.put(name, s(value)));
        entry.put("details", m(details));
        return m(entry);
    }

    /** Every audit entry of the pension item {@code i}, in no order. */
    static List<AuditEntry> audit(CassNumber who, Map<String, AttributeValue> i) {
        AttributeValue audit = i.get(AUDIT);
        if (audit == null || !audit.hasM()) {
            return List.of();
        }
        return audit.m().entrySet().stream().map(e -> {
            Map<String, AttributeValue> entry = e.getValue().m();
            Map<String, String> details = new HashMap<>();
            entry.get("details").m().forEach((name, value) -> details.put(name, value.s()));
            return new AuditEntry(actionKey(who, e.getKey()), Instant.parse(str(entry, "at")), str(entry, "actor"), details);
        }).toList();
    }

    static Map<String, AttributeValue> progress(String runId, int shard, String cursor, boolean finished) {
        Map<String, AttributeValue> item = PersonRecords.item(RecordsKeys.lifeRun(runId, shard));
        item.put("runId", s(runId));
        item.put("shard", n(shard));
        if (cursor != null) {
            item.put("cursor", s(cursor));
        }
        item.put("finished", AttributeValue.fromBool(finished));
        return item;
    }

    static RunProgress progress(Map<String, AttributeValue> i) {
        return new RunProgress(str(i, "runId"), (int) num(i, "shard"), optStr(i, "cursor").orElse(null),
                Boolean.TRUE.equals(i.get("finished").bool()));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
