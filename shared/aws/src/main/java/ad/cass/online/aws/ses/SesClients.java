package ad.cass.online.aws.ses;

import ad.cass.online.aws.AwsClients;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;

public final class SesClients {
    private SesClients() {
    }

    public static SesV2Client create() {
        return build(AwsClients.region(), AwsClients.credentials(), AwsClients.endpoint("SESV2"));
    }

    /**
     * Reads the configuration now (in the constructor, where the environment is) and builds the client
     * only when first asked: a function that seldom mails does not pay for the client at cold start.
     */
    public static Supplier<SesV2Client> deferred() {
        Region region = AwsClients.region();
        AwsCredentialsProvider credentials = AwsClients.credentials();
        Optional<URI> endpoint = AwsClients.endpoint("SESV2");
        return () -> build(region, credentials, endpoint);
    }

    private static SesV2Client build(Region region, AwsCredentialsProvider credentials, Optional<URI> endpoint) {
        var builder = SesV2Client.builder()
                .httpClient(AwsClients.HTTP)
                .region(region)
                .credentialsProvider(credentials);
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
