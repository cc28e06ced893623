package ad.cass.online.aws.ses;

import ad.cass.online.aws.AwsClients;
import software.amazon.awssdk.services.sesv2.SesV2Client;

public final class SesClients {
    private SesClients() {
    }

    public static SesV2Client create() {
        var builder = SesV2Client.builder()
                .httpClient(AwsClients.HTTP)
                .region(AwsClients.region())
                .credentialsProvider(AwsClients.credentials());
        AwsClients.endpoint("SESV2").ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
