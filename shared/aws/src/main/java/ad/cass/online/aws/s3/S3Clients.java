package ad.cass.online.aws.s3;

import ad.cass.online.aws.AwsClients;
import ad.cass.online.aws.DeferredClients;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** S3 client and presigner. Path-style addressing only against a local endpoint (S3Proxy needs it). */
public final class S3Clients {
    private S3Clients() {
    }

    public static S3Client create() {
        return client(AwsClients.region(), AwsClients.credentials(), AwsClients.endpoint("S3"));
    }

    public static S3Presigner presigner() {
        return presigner(AwsClients.region(), AwsClients.credentials(), AwsClients.endpoint("S3"));
    }

    /**
     * Reads the configuration now (in the constructor, where the environment is) and builds the client on first use
     * (DeferredClients): the routes of a function that do not touch S3 do not pay for it at cold start.
     */
    public static Supplier<S3Client> deferred() {
        Region region = AwsClients.region();
        AwsCredentialsProvider credentials = AwsClients.credentials();
        Optional<URI> endpoint = AwsClients.endpoint("S3");
        return DeferredClients.of(() -> client(region, credentials, endpoint));
    }

    /** {@link #deferred()}, for the presigner. */
    public static Supplier<S3Presigner> deferredPresigner() {
        Region region = AwsClients.region();
        AwsCredentialsProvider credentials = AwsClients.credentials();
        Optional<URI> endpoint = AwsClients.endpoint("S3");
        return DeferredClients.of(() -> presigner(region, credentials, endpoint));
    }

    private static S3Client client(Region region, AwsCredentialsProvider credentials, Optional<URI> endpoint) {
        var builder = S3Client.builder()
                .httpClient(AwsClients.HTTP)
                .region(region)
                .credentialsProvider(credentials)
                .forcePathStyle(endpoint.isPresent());
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static S3Presigner presigner(Region region, AwsCredentialsProvider credentials, Optional<URI> endpoint) {
        var builder = S3Presigner.builder()
                .region(region)
                .credentialsProvider(credentials)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(endpoint.isPresent()).build());
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
