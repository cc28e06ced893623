package ad.cass.online.aws.seal;

import ad.cass.online.aws.AwsClients;
import ad.cass.online.aws.Env;
import ad.cass.online.aws.PassingFaults;
import java.util.function.Supplier;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * CASS's seal as Secrets Manager keeps it (template.yaml, DocumentSealSecretArn; issue 20): one PEM text, the private
 * key and its certificate chain. Read once per container, by the function that signs, when it first signs; the key
 * never leaves the function's memory, nor is it in its environment (which anyone allowed to read the function's
 * configuration sees).
 */
public final class SealSecret {
    private SealSecret() {
    }

    /** Who the seal's signatures name, as a PDF reader shows them. */
    public static String signerName() {
        return Env.required("SEAL_SIGNER_NAME");
    }

    public static String location() {
        return Env.required("SEAL_LOCATION");
    }

    /**
     * Reads the secret named in DOCUMENT_SEAL_SECRET (its current version) when asked: where and as whom are taken
     * now, from the function's environment at construction, the call is made on the first {@code get()}.
     */
    public static Supplier<String> reader() {
        String secretId = Env.required("DOCUMENT_SEAL_SECRET");
        var builder = SecretsManagerClient.builder()
                .httpClient(AwsClients.HTTP)
                .region(AwsClients.region())
                .credentialsProvider(AwsClients.credentials());
        AwsClients.endpoint("SECRETS_MANAGER").ifPresent(builder::endpointOverride);
        return () -> {
            try (SecretsManagerClient secrets = builder.build()) {
                // Secrets Manager unavailable for a moment: the document is generated again, not failed for good
                return PassingFaults.translated("secretsmanager", PassingFaults::isPassing,
                        () -> secrets.getSecretValue(r -> r.secretId(secretId)).secretString());
            }
        };
    }
}
