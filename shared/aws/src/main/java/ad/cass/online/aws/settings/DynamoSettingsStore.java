package ad.cass.online.aws.settings;

import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.DynamoFaults;
import ad.cass.online.aws.dynamodb.PeopleKeys;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.domain.settings.Settings;
import ad.cass.online.domain.settings.SettingsStore;
import ad.cass.online.domain.settings.TextSize;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Settings in the People table, beside the person ({@link PeopleKeys#settings}). */
public final class DynamoSettingsStore implements SettingsStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoSettingsStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Settings of(CassNumber person) {
        return DynamoFaults.call(() -> {
            Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(PeopleKeys.settings(person))).item();
            return item == null || item.isEmpty() ? Settings.DEFAULT
                    : new Settings(TextSize.fromCode(str(item, "textSize")), Language.fromCode(str(item, "language")));
        });
    }

    @Override
    public void save(CassNumber person, Settings settings) {
        Map<String, AttributeValue> item = new HashMap<>(PeopleKeys.settings(person));
        item.put("textSize", s(settings.textSize().code()));
        item.put("language", s(settings.language().code()));
        DynamoFaults.run(() -> dynamo.putItem(r -> r.tableName(table).item(item)));
    }
}
