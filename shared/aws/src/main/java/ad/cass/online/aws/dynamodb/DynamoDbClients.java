package ad.cass.online.aws.dynamodb;

import ad.cass.online.aws.AwsClients;
import ad.cass.online.aws.Deadline;
import ad.cass.online.aws.Env;
import java.time.Duration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One DynamoDB client per container, built by a handler's no-argument constructor.
 * <p>Retries are bounded to fit the function's timeout: the SDK's default for DynamoDB retries throttling
 * for close to a minute, so a throttled request would end as a Lambda timeout instead of our 503 with
 * Retry-After. DYNAMODB_MAX_ATTEMPTS and DYNAMODB_CALL_TIMEOUT_MS come from template.yaml.
 */
public final class DynamoDbClients {
    private DynamoDbClients() {
    }

    public static DynamoDbClient create() {
        int attempts = Env.integer("DYNAMODB_MAX_ATTEMPTS", 3);
        Duration callTimeout = Duration.ofMillis(Env.integer("DYNAMODB_CALL_TIMEOUT_MS", 4000));
        var builder = DynamoDbClient.builder()
                .httpClient(AwsClients.HTTP)
                .region(AwsClients.region())
                .credentialsProvider(AwsClients.credentials())
                .overrideConfiguration(o -> o
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(attempts).build())
                        .apiCallTimeout(callTimeout)
                        // and never past the request's own deadline (Deadline: what the Lambda context leaves)
                        .addExecutionInterceptor(Deadline.interceptor(callTimeout)));
        AwsClients.endpoint("DYNAMODB").ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
