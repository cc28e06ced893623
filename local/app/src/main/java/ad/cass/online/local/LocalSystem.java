package ad.cass.online.local;

import ad.cass.online.aws.dynamodb.PeopleKeys;
import ad.cass.online.local.certs.LocalCertificates;
import ad.cass.online.local.demo.DemoData;
import ad.cass.online.local.demo.DemoLoader;
import ad.cass.online.local.engines.LocalEngines;
import ad.cass.online.local.engines.SamTemplate;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** Emulators up, tables and bucket made from template.yaml, demo data in: what start-api and invoke share. */
public final class LocalSystem implements AutoCloseable {
    private final LocalEngines engines;
    private final SamTemplate template;
    private final FunctionHost host;

    private LocalSystem(LocalEngines engines, SamTemplate template) {
        this.engines = engines;
        this.template = template;
        this.host = new FunctionHost(template, engines.environment());
    }

    /**
     * @param templateFile template.yaml
     * @param workDir      the project's {@code .local/} folder: S3 objects, the outbox and the emulator's log live there
     * @param dynamoDir    null for an in-memory DynamoDB, else where its tables are saved between runs
     */
    public static LocalSystem start(Path templateFile, Path workDir, Path dynamoDir, String stage) throws Exception {
        LocalEngines engines = LocalEngines.start(dynamoDir, workDir.resolve("s3"), workDir.resolve("outbox"), workDir);
        try {
            LocalCertificates certificates = LocalCertificates.issue(workDir.resolve("certs"), DemoData.build());
            SamTemplate template = engines.deploy(templateFile, Map.of("Stage", stage,
                    "GovernmentCaPem", certificates.authorityPem(),
                    "DocumentSealSecretArn", engines.putSecret("cass-online-" + stage + "-seal", certificates.sealPem())));
            try (DynamoDbClient dynamo = engines.dynamoClient()) {
                String people = template.string(Map.of("Ref", "PeopleTable"));
                boolean loaded = !dynamo.getItem(r -> r.tableName(people).key(PeopleKeys.profile(DemoData.EMPLOYEE))).item().isEmpty();
                if (!loaded) {
                    DemoLoader.load(dynamo, people, template.string(Map.of("Ref", "RecordsTable")));
                }
            }
            try (S3Client s3 = engines.s3Client()) { // S3Proxy keeps its files: writing them again is harmless
                DemoLoader.documents(s3, template.string(Map.of("Ref", "DocumentsBucket")));
            }
            return new LocalSystem(engines, template);
        } catch (Exception e) {
            engines.close();
            throw e;
        }
    }

    public LocalEngines engines() {
        return engines;
    }

    public SamTemplate template() {
        return template;
    }

    public FunctionHost host() {
        return host;
    }

    @Override
    public void close() throws Exception {
        engines.close();
    }
}
