package ad.cass.online.aws.sqs;

import ad.cass.online.aws.AwsClients;
import ad.cass.online.aws.Deadline;
import ad.cass.online.aws.Env;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/** SQS clients of the functions that post work for others (SQS_CALL_TIMEOUT_MS from template.yaml). */
public final class SqsClients {
    private SqsClients() {
    }

    /**
     * Reads the configuration now (in the constructor, where the environment is) and builds the client
     * only when first asked: most requests post nothing.
     */
    public static Supplier<SqsClient> deferred() {
        Region region = AwsClients.region();
        AwsCredentialsProvider credentials = AwsClients.credentials();
        Optional<URI> endpoint = AwsClients.endpoint("SQS");
        Duration callTimeout = Duration.ofMillis(Env.integer("SQS_CALL_TIMEOUT_MS", 2000));
        return () -> {
            var builder = SqsClient.builder()
                    .httpClient(AwsClients.HTTP)
                    .region(region)
                    .credentialsProvider(credentials)
                    // a post is on the request path: bounded, and never past the request's deadline
                    .overrideConfiguration(o -> o.apiCallTimeout(callTimeout)
                            .addExecutionInterceptor(Deadline.interceptor(callTimeout)));
            endpoint.ifPresent(builder::endpointOverride);
            return builder.build();
        };
    }
}
