package ad.cass.online.aws.s3;

import ad.cass.online.aws.AwsClients;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** S3 client and presigner. Path-style addressing only against a local endpoint (S3Proxy needs it). */
public final class S3Clients {
    private S3Clients() {
    }

    public static S3Client create() {
        var builder = S3Client.builder()
                .httpClient(AwsClients.HTTP)
                .region(AwsClients.region())
                .credentialsProvider(AwsClients.credentials())
                .forcePathStyle(AwsClients.endpoint("S3").isPresent());
        AwsClients.endpoint("S3").ifPresent(builder::endpointOverride);
        return builder.build();
    }

    public static S3Presigner presigner() {
        var builder = S3Presigner.builder()
                .region(AwsClients.region())
                .credentialsProvider(AwsClients.credentials())
                .serviceConfiguration(S3Configuration.builder()
                        .pathStyleAccessEnabled(AwsClients.endpoint("S3").isPresent()).build());
        AwsClients.endpoint("S3").ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
