package ad.cass.online.aws;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * SDK clients built the way cold start wants them: URLConnection HTTP client (no pool to warm up),
 * region from the Lambda environment rather than the default provider chain (which probes files and
 * instance metadata), and an endpoint override only when AWS_ENDPOINT_URL_* is set,
 * which is how the local runtime points the unchanged handlers at its emulators.
 * Built once per container by the handler's no-argument constructor.
 */
public final class AwsClients {
    private static final SdkHttpClient HTTP = UrlConnectionHttpClient.builder().build();

    private AwsClients() {
    }

    public static DynamoDbClient dynamoDb() {
        var builder = DynamoDbClient.builder()
                .httpClient(HTTP)
                .region(region())
                .credentialsProvider(credentials());
        Env.optional("AWS_ENDPOINT_URL_DYNAMODB").map(URI::create).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    public static S3Client s3() {
        var builder = S3Client.builder()
                .httpClient(HTTP)
                .region(region())
                .credentialsProvider(credentials())
                .forcePathStyle(pathStyle());
        Env.optional("AWS_ENDPOINT_URL_S3").map(URI::create).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    public static S3Presigner s3Presigner() {
        var builder = S3Presigner.builder()
                .region(region())
                .credentialsProvider(credentials())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(pathStyle()).build());
        Env.optional("AWS_ENDPOINT_URL_S3").map(URI::create).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    public static SesV2Client ses() {
        var builder = SesV2Client.builder()
                .httpClient(HTTP)
                .region(region())
                .credentialsProvider(credentials());
        Env.optional("AWS_ENDPOINT_URL_SESV2").map(URI::create).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    static Region region() {
        return Region.of(Env.optional("AWS_REGION").orElse("eu-west-1"));
    }

    private static boolean pathStyle() {
        return Env.optional("AWS_ENDPOINT_URL_S3").isPresent();
    }

    /**
     * Local runs and tests name long-lived emulator keys in the (scoped) environment. On Lambda the keys
     * are temporary (with a session token) or, under SnapStart, not in the environment at all but behind the
     * container credentials endpoint: the default chain handles both and refreshes them after a restore.
     */
    private static AwsCredentialsProvider credentials() {
        return Env.optional("AWS_ACCESS_KEY_ID")
                .filter(key -> Env.optional("AWS_SESSION_TOKEN").isEmpty())
                .<AwsCredentialsProvider>map(key -> StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(key, Env.required("AWS_SECRET_ACCESS_KEY"))))
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    }
}
