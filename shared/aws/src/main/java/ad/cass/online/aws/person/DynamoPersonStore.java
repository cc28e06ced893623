package ad.cass.online.aws.person;

import static ad.cass.online.aws.dynamodb.Attrs.SK;
import static ad.cass.online.aws.dynamodb.Attrs.key;
import static ad.cass.online.aws.dynamodb.Attrs.list;
import static ad.cass.online.aws.dynamodb.Attrs.optStr;
import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.Attrs;
import ad.cass.online.aws.dynamodb.Batches;
import ad.cass.online.aws.dynamodb.DynamoFaults;
import ad.cass.online.aws.dynamodb.PeopleKeys;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Declarant;
import ad.cass.online.domain.person.DeclarantKind;
import ad.cass.online.domain.person.DependantRelation;
import ad.cass.online.domain.person.EmploymentStatus;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.person.PersonStore;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.domain.signin.Account;
import ad.cass.online.domain.signin.CredentialStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * People and their credentials in the People table ({@link PeopleKeys}): the person, a copy of each
 * dependant and their PIN hash live in one partition, so one Query serves a login or a profile list.
 */
public final class DynamoPersonStore implements PersonStore, CredentialStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoPersonStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<Person> find(CassNumber cassNumber) {
        return DynamoFaults.call(() -> {
            Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(PeopleKeys.profile(cassNumber)))
                    .item();
            return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
        });
    }

    @Override
    public Optional<Household> household(CassNumber cassNumber) {
        return DynamoFaults.call(() -> {
            return read(cassNumber).map(a -> new Household(a.person(), a.dependants()));
        });
    }

    /** BatchGetItem of their profile items, 100 keys a call ({@link Batches#read}). */
    @Override
    public Map<CassNumber, Person> findAll(Collection<CassNumber> people) {
        Map<CassNumber, Person> found = new HashMap<>();
        Batches.read(dynamo, table, people.stream().distinct().map(PeopleKeys::profile).toList(), o -> o).stream()
                .map(DynamoPersonStore::fromItem).forEach(p -> found.put(p.cassNumber(), p));
        return found;
    }

    /** One BatchGetItem of their PIN items, keys only (a person has a few dependants: one batch of 100 at most). */
    @Override
    public Set<CassNumber> withOwnAccess(Collection<CassNumber> people) {
        if (people.isEmpty()) {
            return Set.of();
        }
        List<Map<String, AttributeValue>> keys = people.stream().distinct().limit(100).map(PeopleKeys::pin).toList();
        Set<CassNumber> found = new HashSet<>();
        Batches.read(dynamo, table, keys, o -> o.projectionExpression("pk").consistentRead(true))
                .forEach(i -> found.add(CassNumber.of(i.get("pk").s().substring("PERSON#".length()))));
        return found;
    }

    @Override
    public Optional<Account> account(CassNumber cassNumber) {
        return DynamoFaults.call(() -> {
            return read(cassNumber);
        });
    }

    /**
     * The whole partition in one strongly consistent Query (a changed PIN must count at once): the
     * person item, the dependants' copies, the credential and the settings (their language is the session's).
     * A handful of small items.
     */
    private Optional<Account> read(CassNumber cassNumber) {
        Person person = null;
        String pinHash = null;
        Language language = Language.CA; // who never chose reads Catalan, as DynamoSettingsStore says
        List<Person> dependants = new ArrayList<>();
        for (Map<String, AttributeValue> item : dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s(PeopleKeys.person(cassNumber))))).items()) {
            String sk = str(item, SK);
            if (sk.equals(PeopleKeys.PROFILE)) {
                person = fromItem(item);
            } else if (sk.equals(PeopleKeys.PIN)) {
                pinHash = optStr(item, "pinHash").orElse(null);
            } else if (sk.startsWith(PeopleKeys.DEPENDANT_PREFIX)) {
                dependants.add(fromItem(item));
            } else if (sk.equals(PeopleKeys.SETTINGS)) {
                language = optStr(item, "language").flatMap(Language::ofCode).orElse(Language.CA);
            }
        }
        return person == null ? Optional.empty() : Optional.of(new Account(person, pinHash, dependants, language));
    }

    @Override
    public void save(Person person) {
        DynamoFaults.run(() -> {
            List<TransactWriteItem> writes = new ArrayList<>();
            writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(toItem(person)).build()).build());
            // The link under the holder is a full copy of the dependant, written in the same transaction as the
            // dependant's own item, so one Query of the holder's partition has everything a login shows.
            person.holderNumber().ifPresent(holder -> {
                Map<String, AttributeValue> link = toItem(person);
                link.putAll(PeopleKeys.dependant(holder, person.cassNumber()));
                writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(link).build()).build());
            });
            dynamo.transactWriteItems(t -> t.transactItems(writes));
        });
    }

    @Override
    public void savePinHash(CassNumber cassNumber, String pinHash) {
        DynamoFaults.run(() -> {
            Map<String, AttributeValue> item = new HashMap<>(PeopleKeys.pin(cassNumber));
            item.put("pinHash", s(pinHash));
            dynamo.putItem(r -> r.tableName(table).item(item));
        });
    }

    @Override
    public Optional<CassNumber> findByGovernmentId(String governmentId) {
        return DynamoFaults.call(() -> {
            Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                    .key(PeopleKeys.governmentId(governmentId)).consistentRead(true)).item();
            return item == null || item.isEmpty() ? Optional.empty() : Optional.of(CassNumber.of(str(item, "cassNumber")));
        });
    }

    @Override
    public void linkGovernmentId(String governmentId, CassNumber cassNumber) {
        DynamoFaults.run(() -> {
            Map<String, AttributeValue> item = new HashMap<>(PeopleKeys.governmentId(governmentId));
            item.put("cassNumber", s(cassNumber.value()));
            dynamo.putItem(r -> r.tableName(table).item(item));
        });
    }

    static Map<String, AttributeValue> toItem(Person p) {
        Map<String, AttributeValue> item = new HashMap<>(PeopleKeys.profile(p.cassNumber()));
        item.put("cassNumber", s(p.cassNumber().value()));
        item.put("givenName", s(p.givenName()));
        item.put("familyName", s(p.familyName()));
        item.put("birthDate", s(p.birthDate().toString()));
        item.put("type", s(p.type().name()));
        item.put("employmentStatus", s(p.employmentStatus().name()));
        item.put("residenceCountry", s(p.residenceCountry()));
        if (p.email() != null) {
            item.put("email", s(p.email()));
        }
        if (p.holder() != null) {
            item.put("holder", s(p.holder().value()));
            item.put("relation", s(p.relation().name()));
        }
        item.put("declarants", Attrs.l(p.declarants().stream()
                .map(d -> Attrs.m(Map.of("number", s(d.number()), "kind", s(d.kind().name()), "name", s(d.name()))))
                .toList()));
        return item;
    }

    static Person fromItem(Map<String, AttributeValue> item) {
        List<Declarant> declarants = list(item, "declarants").stream()
                .map(AttributeValue::m)
                .map(d -> new Declarant(str(d, "number"), DeclarantKind.valueOf(str(d, "kind")), str(d, "name")))
                .toList();
        return new Person(
                CassNumber.of(str(item, "cassNumber")),
                str(item, "givenName"),
                str(item, "familyName"),
                LocalDate.parse(str(item, "birthDate")),
                InsuredType.valueOf(str(item, "type")),
                optStr(item, "holder").map(CassNumber::of).orElse(null),
                optStr(item, "relation").map(DependantRelation::valueOf).orElse(null),
                EmploymentStatus.valueOf(str(item, "employmentStatus")),
                optStr(item, "email").orElse(null),
                str(item, "residenceCountry"),
                declarants);
    }
}
