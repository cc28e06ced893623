package ad.cass.online.aws.dynamodb;

import ad.cass.online.aws.AwsClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** One DynamoDB client per container, built by a handler's no-argument constructor. */
public final class DynamoDbClients {
    private DynamoDbClients() {
    }

    public static DynamoDbClient create() {
        var builder = DynamoDbClient.builder()
                .httpClient(AwsClients.HTTP)
                .region(AwsClients.region())
                .credentialsProvider(AwsClients.credentials());
        AwsClients.endpoint("DYNAMODB").ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
