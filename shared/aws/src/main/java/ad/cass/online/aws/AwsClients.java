package ad.cass.online.aws;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * What every SDK client shares, chosen for cold start: the URLConnection HTTP client (no pool to warm
 * up), the region from the Lambda environment rather than the default provider chain (which probes files
 * and instance metadata), and an endpoint override only when AWS_ENDPOINT_URL_&lt;SERVICE&gt; is set, which
 * is how the local runtime points the unchanged handlers at its emulators.
 * <p>Each service's client is built in its own adapter package ({@code dynamodb.DynamoDbClients}, ...),
 * so a function whose jar lacks a service module never touches its classes.
 */
public final class AwsClients {
    public static final SdkHttpClient HTTP = UrlConnectionHttpClient.builder().build();

    private AwsClients() {
    }

    public static Region region() {
        return Region.of(Env.optional("AWS_REGION").orElse("eu-west-1"));
    }

    /** @param service the suffix of AWS_ENDPOINT_URL_&lt;SERVICE&gt;, e.g. DYNAMODB, S3, SESV2 */
    public static Optional<URI> endpoint(String service) {
        return Env.optional("AWS_ENDPOINT_URL_" + service).map(URI::create);
    }

    /**
     * Local runs and tests name long-lived emulator keys in the (scoped) environment. On Lambda the keys
     * are temporary (with a session token) or, under SnapStart, not in the environment at all but behind the
     * container credentials endpoint: the default chain handles both and refreshes them after a restore.
     */
    public static AwsCredentialsProvider credentials() {
        return Env.optional("AWS_ACCESS_KEY_ID")
                .filter(key -> Env.optional("AWS_SESSION_TOKEN").isEmpty())
                .<AwsCredentialsProvider>map(key -> StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(key, Env.required("AWS_SECRET_ACCESS_KEY"))))
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    }
}
