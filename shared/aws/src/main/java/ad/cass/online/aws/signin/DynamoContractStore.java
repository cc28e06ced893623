package ad.cass.online.aws.signin;

import static ad.cass.online.aws.dynamodb.Attrs.key;
import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.DynamoFaults;
import ad.cass.online.aws.dynamodb.PeopleKeys;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.signin.Contract;
import ad.cass.online.domain.signin.ContractStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** CASS digital certificate contracts in the People table ({@link PeopleKeys#contract}). */
public final class DynamoContractStore implements ContractStore {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoContractStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<Contract> find(String contractNumber) {
        return DynamoFaults.call(() -> {
            Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                    .key(PeopleKeys.contract(contractNumber)).consistentRead(true)).item();
            if (item == null || item.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Contract(contractNumber, CassNumber.of(str(item, "holder")), str(item, "declarantNumber"),
                    str(item, "passwordHash")));
        });
    }

    @Override
    public void save(Contract contract) {
        DynamoFaults.run(() -> {
            Map<String, AttributeValue> item = new HashMap<>(PeopleKeys.contract(contract.number()));
            item.put("holder", s(contract.holder().value()));
            item.put("declarantNumber", s(contract.declarantNumber()));
            item.put("passwordHash", s(contract.passwordHash()));
            dynamo.putItem(r -> r.tableName(table).item(item));
        });
    }
}
