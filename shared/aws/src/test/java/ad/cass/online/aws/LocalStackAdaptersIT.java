package ad.cass.online.aws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ad.cass.online.aws.documents.S3DocumentStore;
import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.s3.S3Clients;
import ad.cass.online.local.engines.Provisioner;
import ad.cass.online.local.engines.SamTemplate;
import ad.cass.online.testing.TestPeople;
import ad.cass.online.testing.TestStack;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/**
 * The DynamoDB and S3 adapters against LocalStack, a second opinion on the emulators. Needs Docker:
 * where none runs (our CI, this project's machines) the whole class is skipped, never failed.
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackAdaptersIT {
    @Container
    static final LocalStackContainer LOCALSTACK = new LocalStackContainer(DockerImageName.parse("localstack/localstack:4.4"))
            .withServices(LocalStackContainer.Service.DYNAMODB, LocalStackContainer.Service.S3);

    static Map<String, String> env() {
        String endpoint = LOCALSTACK.getEndpoint().toString();
        return Map.of("AWS_REGION", LOCALSTACK.getRegion(), "AWS_ACCESS_KEY_ID", LOCALSTACK.getAccessKey(),
                "AWS_SECRET_ACCESS_KEY", LOCALSTACK.getSecretKey(), "AWS_ENDPOINT_URL_DYNAMODB", endpoint,
                "AWS_ENDPOINT_URL_S3", endpoint);
    }

    @Test
    void adaptersWorkAgainstLocalStack() {
        SamTemplate template = SamTemplate.load(TestStack.projectRoot().resolve("template.yaml"), Map.of("Stage", "ls"),
                LOCALSTACK.getRegion());
        Env.with(env(), () -> {
            try (var dynamo = DynamoDbClients.create(); var s3 = S3Clients.create()) {
                new Provisioner(template).provision(dynamo, s3);
                DynamoPersonStore people = new DynamoPersonStore(dynamo, template.string(Map.of("Ref", "PeopleTable")));
                TestPeople.ALL.forEach(people::save);
                assertEquals(Optional.of(TestPeople.ALL.get(0)), people.find(TestPeople.HOLDER));
                assertEquals(2, people.household(TestPeople.HOLDER).orElseThrow().dependants().size());

                S3DocumentStore documents = new S3DocumentStore(s3, S3Clients.presigner(),
                        template.string(Map.of("Ref", "DocumentsBucket")));
                documents.put("generated/x.pdf", new byte[] {1, 2, 3}, "application/pdf");
                assertArrayEquals(new byte[] {1, 2, 3}, documents.get("generated/x.pdf").orElseThrow());
            }
            return null;
        });
    }
}
