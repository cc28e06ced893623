package ad.cass.online.local.engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The local AWS, open source only, on 127.0.0.1 and free ports:
 * <ul>
 *   <li>moto (Apache-2.0, a child process, one request at a time) for DynamoDB, SES v2, SQS and the
 *       EventBridge Scheduler;</li>
 *   <li>S3Proxy (Apache-2.0, in this JVM) for S3: it checks SigV4 signatures and presigned-URL expiry as
 *       S3 does, and keeps objects in a folder, so presigned links and {@code .local/s3} work as before.</li>
 * </ul>
 * {@link #environment()} is what a function needs to reach them through the real AWS SDK clients.
 */
public final class LocalEngines implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalEngines.class);
    /** Emulator credentials: any will do for moto; S3Proxy checks them. */
    public static final String ACCESS_KEY = "cassLocal";
    public static final String SECRET_KEY = "cassLocalSecret";
    public static final String REGION = "eu-west-1";
    /** How often the tables are saved when {@code --data} is given and something was written. */
    private static final long SAVE_EVERY_MILLIS = 2_000;

    private final MotoEngine moto;
    private final S3Proxy s3;
    private final MailOutbox outbox;
    private final URI s3Endpoint;
    private final Path dataDir;
    private final List<String> deployedTables = new ArrayList<>();
    private final ScheduledExecutorService saver;
    private long savedAtWrites = -1;

    private LocalEngines(MotoEngine moto, S3Proxy s3, URI s3Endpoint, Path outboxDir, Path dataDir) {
        this.moto = moto;
        this.s3 = s3;
        this.s3Endpoint = s3Endpoint;
        this.outbox = new MailOutbox(moto, outboxDir);
        this.dataDir = dataDir;
        this.saver = dataDir == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dynamodb-snapshot");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * @param dataDir   null to keep DynamoDB in memory, otherwise where its tables are saved between runs
     *                  ({@link DynamoSnapshot}); restored by {@link #deploy}
     * @param s3Dir     null to keep objects in memory, otherwise S3Proxy's filesystem back end
     * @param outboxDir where e-mails land as .eml files
     * @param toolsDir  where the emulator's launcher and log live (and moto, if it has to be installed)
     */
    public static LocalEngines start(Path dataDir, Path s3Dir, Path outboxDir, Path toolsDir) throws Exception {
        Files.createDirectories(outboxDir);
        // moto's Python start-up and S3Proxy's Jetty overlap: about a second off every start
        CompletableFuture<MotoEngine> starting = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                starting.complete(MotoEngine.start(outboxDir, toolsDir));
            } catch (Exception | Error e) {
                starting.completeExceptionally(e);
            }
        }, "moto-start");
        starter.setDaemon(true);
        starter.start();
        S3Proxy s3 = null;
        try {
            BlobStore blobs = s3Dir == null ? new TransientNio2BlobStore()
                    : new FilesystemNio2BlobStore(Files.createDirectories(s3Dir).toString());
            // port 0: the kernel picks a free one as S3Proxy binds, so no other process can take it meanwhile
            s3 = S3Proxy.builder()
                    .blobStore(blobs)
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .metricsEnabled(false)
                    .build();
            s3.start();
            while (!"STARTED".equals(s3.getState())) {
                Thread.sleep(5);
            }
            URI s3Endpoint = URI.create("http://127.0.0.1:" + s3.getPort());
            MotoEngine moto = awaitStarted(starting);
            return new LocalEngines(moto, s3, s3Endpoint, outboxDir, dataDir == null ? null : Files.createDirectories(dataDir));
        } catch (Exception e) {
            if (s3 != null) {
                s3.stop();
            }
            starting.thenAccept(LocalEngines::closeQuietly);
            throw e;
        }
    }

    private static MotoEngine awaitStarted(CompletableFuture<MotoEngine> starting) throws Exception {
        try {
            return starting.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static void closeQuietly(MotoEngine moto) {
        try {
            moto.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** DynamoDB, SES v2, SQS and the scheduler: all moto. */
    public URI awsEndpoint() {
        return moto.endpoint();
    }

    public URI dynamoEndpoint() {
        return moto.endpoint();
    }

    public URI s3Endpoint() {
        return s3Endpoint;
    }

    public MailOutbox outbox() {
        return outbox;
    }

    /** The emulator's process, for tests that check it ends with this JVM. */
    public ProcessHandle emulatorProcess() {
        return moto.process();
    }

    /** Deploys template.yaml here under {@code stage}: its tables and buckets, named for that stage. */
    public SamTemplate deploy(Path templateFile, String stage) {
        return deploy(templateFile, Map.of("Stage", stage));
    }

    /**
     * As {@link #deploy(Path, String)}, with template parameters ({@code Stage} among them). With a data
     * folder, the tables' saved items come back now, and from now on the tables are saved as they change.
     */
    public synchronized SamTemplate deploy(Path templateFile, Map<String, String> parameters) {
        SamTemplate template = SamTemplate.load(templateFile, parameters, REGION);
        try (DynamoDbClient dynamo = dynamoClient(); S3Client s3 = s3Client(); SesV2Client ses = sesClient();
             SqsClient sqs = sqsClient()) {
            Provisioner provisioner = new Provisioner(template);
            provisioner.provision(dynamo, s3);
            provisioner.provisionQueues(sqs);
            provisioner.verifySender(ses);
            List<String> tables = template.tables().stream().map(SamTemplate.Table::name).toList();
            if (dataDir != null) {
                int items = DynamoSnapshot.restore(dynamo, tables, dataDir);
                LOG.info("restored {} items from {}", items, dataDir);
                deployedTables.addAll(tables);
                if (savedAtWrites < 0) {
                    savedAtWrites = moto.dynamoWrites();
                    saver.scheduleWithFixedDelay(this::saveIfChanged, SAVE_EVERY_MILLIS, SAVE_EVERY_MILLIS, TimeUnit.MILLISECONDS);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return template;
    }

    /** True when {@code --data} holds a snapshot of this table from an earlier run. */
    public boolean hasSavedTable(String table) {
        return dataDir != null && Files.exists(DynamoSnapshot.file(dataDir, table));
    }

    private synchronized void saveIfChanged() {
        try {
            long writes = moto.dynamoWrites();
            if (writes != savedAtWrites) {
                try (DynamoDbClient dynamo = dynamoClient()) {
                    DynamoSnapshot.save(dynamo, deployedTables, dataDir);
                }
                savedAtWrites = writes;
            }
        } catch (RuntimeException | IOException e) {
            LOG.warn("could not save the tables to {}: {}", dataDir, e.toString());
        }
    }

    /** The variables that point a function's SDK clients here; template.yaml's own variables go on top. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_REGION", REGION);
        env.put("AWS_ACCESS_KEY_ID", ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
        env.put("AWS_ENDPOINT_URL_DYNAMODB", moto.endpoint().toString());
        env.put("AWS_ENDPOINT_URL_SESV2", moto.endpoint().toString());
        env.put("AWS_ENDPOINT_URL_SQS", moto.endpoint().toString());
        env.put("AWS_ENDPOINT_URL_SCHEDULER", moto.endpoint().toString());
        env.put("AWS_ENDPOINT_URL_SECRETS_MANAGER", moto.endpoint().toString());
        env.put("AWS_ENDPOINT_URL_S3", s3Endpoint.toString());
        return env;
    }

    private StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    }

    /** @param interceptors for tests that watch which calls are made (none for ordinary use) */
    public DynamoDbClient dynamoClient(ExecutionInterceptor... interceptors) {
        return DynamoDbClient.builder()
                .overrideConfiguration(o -> o.executionInterceptors(List.of(interceptors)))
                .endpointOverride(moto.endpoint())
                .region(Region.of(REGION))
                .credentialsProvider(credentials())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    public S3Client s3Client() {
        return S3Client.builder()
                .endpointOverride(s3Endpoint)
                .forcePathStyle(true)
                .region(Region.of(REGION))
                .credentialsProvider(credentials())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    public SesV2Client sesClient() {
        return SesV2Client.builder()
                .endpointOverride(moto.endpoint())
                .region(Region.of(REGION))
                .credentialsProvider(credentials())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    public SqsClient sqsClient() {
        return SqsClient.builder()
                .endpointOverride(moto.endpoint())
                .region(Region.of(REGION))
                .credentialsProvider(credentials())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    /**
     * Keeps {@code value} in the emulator's Secrets Manager under {@code name}, as an operator does on AWS for what
     * CloudFormation cannot make (CASS's seal): the secret's ARN, for the template parameter that names it.
     */
    public String putSecret(String name, String value) {
        try (SecretsManagerClient secrets = SecretsManagerClient.builder()
                .endpointOverride(moto.endpoint())
                .region(Region.of(REGION))
                .credentialsProvider(credentials())
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
            try {
                return secrets.createSecret(r -> r.name(name).secretString(value)).arn();
            } catch (ResourceExistsException again) {
                return secrets.putSecretValue(r -> r.secretId(name).secretString(value)).arn();
            }
        }
    }

    /** Saves the tables one last time (with a data folder), then stops both emulators. */
    @Override
    public void close() throws Exception {
        if (saver != null) {
            saver.shutdownNow();
            saveIfChanged();
        }
        try {
            s3.stop();
        } finally {
            moto.close();
        }
    }
}
