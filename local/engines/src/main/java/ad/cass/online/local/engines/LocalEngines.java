package ad.cass.online.local.engines;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * DynamoDB Local, S3Proxy and the mail outbox in this JVM, all on 127.0.0.1 only, on free ports.
 * {@link #environment()} is what a function needs to reach them through the real AWS SDK clients.
 */
public final class LocalEngines implements AutoCloseable {
    /** Emulator credentials: DynamoDB Local wants letters and digits only (TECH-NOTES). */
    public static final String ACCESS_KEY = "cassLocal";
    public static final String SECRET_KEY = "cassLocalSecret";
    public static final String REGION = "eu-west-1";

    private final DynamoDBProxyServer dynamo;
    private final S3Proxy s3;
    private final MailOutbox outbox;
    private final URI dynamoEndpoint;
    private final URI s3Endpoint;

    private LocalEngines(DynamoDBProxyServer dynamo, URI dynamoEndpoint, S3Proxy s3, URI s3Endpoint, MailOutbox outbox) {
        this.dynamo = dynamo;
        this.dynamoEndpoint = dynamoEndpoint;
        this.s3 = s3;
        this.s3Endpoint = s3Endpoint;
        this.outbox = outbox;
    }

    /**
     * @param dynamoDir null to keep DynamoDB in memory, otherwise where its database file lives
     * @param s3Dir     null to keep objects in memory, otherwise S3Proxy's filesystem back end
     * @param outboxDir where e-mails land as .eml files
     */
    public static LocalEngines start(Path dynamoDir, Path s3Dir, Path outboxDir) throws Exception {
        List<AutoCloseable> started = new ArrayList<>();
        try {
            int dynamoPort = freePort();
            List<String> args = new ArrayList<>(List.of("-port", Integer.toString(dynamoPort), "-disableTelemetry", "-sharedDb"));
            if (dynamoDir == null) {
                args.add("-inMemory");
            } else {
                args.addAll(List.of("-dbPath", Files.createDirectories(dynamoDir).toString()));
            }
            DynamoDBProxyServer dynamo = quietly(() -> {
                DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
                bindToLoopback(server);
                server.start();
                return server;
            });
            started.add(dynamo::stop);

            BlobStore blobs = s3Dir == null ? new TransientNio2BlobStore()
                    : new FilesystemNio2BlobStore(Files.createDirectories(s3Dir).toString());
            URI s3Endpoint = URI.create("http://127.0.0.1:" + freePort());
            S3Proxy s3 = S3Proxy.builder()
                    .blobStore(blobs)
                    .endpoint(s3Endpoint)
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .metricsEnabled(false)
                    .build();
            s3.start();
            started.add(s3::stop);
            while (!"STARTED".equals(s3.getState())) {
                Thread.sleep(5);
            }
            MailOutbox outbox = new MailOutbox(outboxDir);
            return new LocalEngines(dynamo, URI.create("http://127.0.0.1:" + dynamoPort), s3, s3Endpoint, outbox);
        } catch (Exception e) {
            for (AutoCloseable c : started) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // already failing: report the first cause
                }
            }
            throw e;
        }
    }

    private interface Starter<T> {
        T start() throws Exception;
    }

    /** sqlite4java's JUL logger, held so the level we set is not lost when the logger is collected. */
    private static final java.util.logging.Logger SQLITE_LOG = java.util.logging.Logger.getLogger("com.almworks.sqlite4java");

    /**
     * DynamoDB Local prints its start-up banner on standard output; the local runtime's standard output
     * belongs to `invoke`'s response, so the banner goes to standard error.
     */
    private static <T> T quietly(Starter<T> starter) throws Exception {
        SQLITE_LOG.setLevel(java.util.logging.Level.SEVERE);
        java.io.PrintStream out = System.out;
        System.setOut(System.err);
        try {
            return starter.start();
        } finally {
            System.setOut(out);
        }
    }

    /** DynamoDB Local's Jetty listens on every interface by default; a developer's laptop should not. */
    private static void bindToLoopback(DynamoDBProxyServer proxy) throws ReflectiveOperationException {
        Field field = DynamoDBProxyServer.class.getDeclaredField("server");
        field.setAccessible(true);
        org.eclipse.jetty.server.Server jetty = (org.eclipse.jetty.server.Server) field.get(proxy);
        for (org.eclipse.jetty.server.Connector connector : jetty.getConnectors()) {
            if (connector instanceof org.eclipse.jetty.server.ServerConnector network) {
                network.setHost("127.0.0.1");
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public URI dynamoEndpoint() {
        return dynamoEndpoint;
    }

    public URI s3Endpoint() {
        return s3Endpoint;
    }

    public MailOutbox outbox() {
        return outbox;
    }

    /** Deploys template.yaml here under {@code stage}: its tables and buckets, named for that stage. */
    public SamTemplate deploy(Path templateFile, String stage) {
        return deploy(templateFile, Map.of("Stage", stage));
    }

    /** As {@link #deploy(Path, String)}, with template parameters ({@code Stage} among them). */
    public SamTemplate deploy(Path templateFile, Map<String, String> parameters) {
        SamTemplate template = SamTemplate.load(templateFile, parameters, REGION);
        try (DynamoDbClient dynamo = dynamoClient(); S3Client s3 = s3Client()) {
            new Provisioner(template).provision(dynamo, s3);
        }
        return template;
    }

    /** The variables that point a function's SDK clients here; template.yaml's own variables go on top. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_REGION", REGION);
        env.put("AWS_ACCESS_KEY_ID", ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
        env.put("AWS_ENDPOINT_URL_DYNAMODB", dynamoEndpoint.toString());
        env.put("AWS_ENDPOINT_URL_S3", s3Endpoint.toString());
        env.put("AWS_ENDPOINT_URL_SESV2", outbox.endpoint().toString());
        return env;
    }

    /** @param interceptors for tests that watch which calls are made (none for ordinary use) */
    public DynamoDbClient dynamoClient(ExecutionInterceptor... interceptors) {
        return DynamoDbClient.builder()
                .overrideConfiguration(o -> o.executionInterceptors(List.of(interceptors)))
                .endpointOverride(dynamoEndpoint)
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    public S3Client s3Client() {
        return S3Client.builder()
                .endpointOverride(s3Endpoint)
                .forcePathStyle(true)
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @Override
    public void close() throws Exception {
        outbox.close();
        s3.stop();
        dynamo.stop();
    }
}
