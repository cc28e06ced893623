package ad.cass.online.local.demo;

import ad.cass.online.aws.dynamodb.DynamoContractStore;
import ad.cass.online.aws.dynamodb.DynamoPersonStore;
import ad.cass.online.domain.port.Contract;
import ad.cass.online.aws.dynamodb.DynamoRecordStore;
import ad.cass.online.domain.port.PinHasher;
import ad.cass.online.security.Argon2idPinHasher;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Writes the demo data through the same store adapters the functions read with. */
public final class DemoLoader {
    private DemoLoader() {
    }

    public static DemoData load(DynamoDbClient dynamo, String peopleTable, String recordsTable) {
        DemoData demo = DemoData.build();
        DynamoPersonStore people = new DynamoPersonStore(dynamo, peopleTable);
        PinHasher hasher = new Argon2idPinHasher();
        String hash = hasher.hash(DemoData.PIN.toCharArray());
        demo.people.forEach(p -> {
            people.save(p);
            people.savePinHash(p.cassNumber(), hash);
        });
        demo.governmentIds.forEach((cassNumber, id) -> people.linkGovernmentId(id, cassNumber));
        DynamoContractStore contracts = new DynamoContractStore(dynamo, peopleTable);
        demo.contracts.forEach((number, declarant) ->
                contracts.save(new Contract(number, DemoData.SELF_EMPLOYED, declarant, hash)));
        DynamoRecordStore records = new DynamoRecordStore(dynamo, recordsTable);
        records.saveProcedures(demo.procedures);
        records.saveReimbursements(demo.reimbursements);
        records.saveIncome(demo.income);
        records.savePoints(demo.points);
        return demo;
    }
}
