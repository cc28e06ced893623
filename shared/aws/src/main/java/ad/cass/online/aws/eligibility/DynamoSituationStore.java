package ad.cass.online.aws.eligibility;

import static ad.cass.online.aws.dynamodb.Attrs.l;
import static ad.cass.online.aws.dynamodb.Attrs.list;
import static ad.cass.online.aws.dynamodb.Attrs.m;
import static ad.cass.online.aws.dynamodb.Attrs.n;
import static ad.cass.online.aws.dynamodb.Attrs.num;
import static ad.cass.online.aws.dynamodb.Attrs.optStr;
import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.DynamoFaults;
import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.eligibility.Entitlement;
import ad.cass.online.domain.eligibility.SituationStore;
import ad.cass.online.domain.eligibility.SocialSituation;
import ad.cass.online.domain.person.CassNumber;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What decides the third-party payer and the 100 % reimbursement, one item per person ({@link RecordsKeys#situation}). */
public final class DynamoSituationStore implements SituationStore {
    private final DynamoDbClient dynamo;
    private final String table;
    private final PersonRecords records;

    public DynamoSituationStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.records = new PersonRecords(dynamo, table);
    }

    @Override
    public Optional<SocialSituation> situation(CassNumber subject) {
        Map<String, AttributeValue> item = DynamoFaults.call(() -> dynamo.getItem(r -> r.tableName(table)
                .key(RecordsKeys.situation(subject))).item());
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SocialSituation(subject, item.containsKey("conavaDegreePercent") ? (int) num(item, "conavaDegreePercent") : null,
                optStr(item, "conavaSince").map(LocalDate::parse).orElse(null),
                list(item, "entitlements").stream().map(AttributeValue::m).map(e -> new Entitlement(Entitlement.Kind.valueOf(str(e, "kind")),
                        LocalDate.parse(str(e, "since")), optStr(e, "until").map(LocalDate::parse).orElse(null))).toList(),
                item.get("privateComplementaryInsurance").bool()));
    }

    @Override
    public void save(List<SocialSituation> situations) {
        records.write(situations, sit -> {
            Map<String, AttributeValue> item = PersonRecords.item(RecordsKeys.situation(sit.subject()));
            if (sit.conavaDegreePercent() != null) {
                item.put("conavaDegreePercent", n(sit.conavaDegreePercent()));
            }
            if (sit.conavaSince() != null) {
                item.put("conavaSince", s(sit.conavaSince().toString()));
            }
            item.put("entitlements", l(sit.entitlements().stream().map(e -> {
                Map<String, AttributeValue> entry = new HashMap<>(Map.of("kind", s(e.kind().name()), "since", s(e.since().toString())));
                if (e.until() != null) {
                    entry.put("until", s(e.until().toString()));
                }
                return m(entry);
            }).toList()));
            item.put("privateComplementaryInsurance", AttributeValue.fromBool(sit.privateComplementaryInsurance()));
            return item;
        });
    }
}
