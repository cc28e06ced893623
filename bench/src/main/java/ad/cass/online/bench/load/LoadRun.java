package ad.cass.online.bench.load;

import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.local.LocalApi;
import ad.cass.online.local.LocalSystem;
import ad.cass.online.local.QueuePump;
import ad.cass.online.local.engines.SamTemplate;
import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One load run: the local runtime started in this JVM as {@code start-api} starts it (emulators, template, demo data,
 * the API on a free port, the queues delivered), the clients let loose for the time given, the queues drained, and
 * every accepted write looked for in the store. {@code bench/load} prints the result; {@code LoadIT} holds a short run
 * to no errors and nothing lost.
 */
public final class LoadRun {
    /**
     * @param think   a client's mean pause between two clicks (drawn from 0 to twice this)
     * @param drain   how long the queued documents may take to be generated once the clients stop
     * @param timeout how long one request may take before it counts as a timeout
     */
    public record Settings(int clients, Duration duration, Duration think, Duration drain, Duration timeout) {
        public static Settings of(int clients, Duration duration) {
            return new Settings(clients, duration, Duration.ofMillis(250), Duration.ofSeconds(60), Duration.ofSeconds(30));
        }
    }

    /** What a run did, and found. */
    public record Result(Settings settings, double startSeconds, double loadSeconds, double drainSeconds, long served,
                         long errors, Map<String, Long> errorCounts, List<String> errorSamples, List<RouteTimes.Summary> routes,
                         HeapWatch.Heap heap, Map<String, Integer> writes, int pairs, WriteCheck.Verdict verdict) {
        public boolean clean() {
            return errors == 0 && verdict.lost().isEmpty() && verdict.doubled().isEmpty();
        }
    }

    private LoadRun() {
    }

    public static Result run(Settings settings) throws Exception {
        Persona.checkFits(settings.clients());
        long begin = System.nanoTime();
        Path root = SamTemplate.find().getParent();
        Path work = Files.createTempDirectory("cass-load");
        try (LocalSystem system = LocalSystem.start(root.resolve("template.yaml"), work, null, "load");
             LocalApi api = new LocalApi(system.host(), system.engines().outbox(), root.resolve("openapi.yaml"), 0);
             QueuePump queues = new QueuePump(system.host(), system.engines());
             DynamoDbClient dynamo = system.engines().dynamoClient();
             S3Client s3 = system.engines().s3Client()) {
            HttpClient uploads = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
            String records = system.template().string(Map.of("Ref", "RecordsTable"));
            String bucket = system.template().string(Map.of("Ref", "DocumentsBucket"));
            RecordsSnapshot before = RecordsSnapshot.read(dynamo, records);
            double startSeconds = (System.nanoTime() - begin) / 1e9;

            Ledger ledger = new Ledger();
            RouteTimes times = new RouteTimes();
            Failures failures = new Failures();
            AtomicLong served = new AtomicLong();
            ExecutorService twins = Executors.newCachedThreadPool(daemon("load-twin"));
            ApiCalls.Shared shared = new ApiCalls.Shared(api.port(), settings.timeout(), times, failures, served, uploads, twins);
            String runId = "ld" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

            System.gc(); // the start's garbage is not the load's
            HeapWatch.Heap heap;
            long loadStart = System.nanoTime();
            try (HeapWatch watch = new HeapWatch()) {
                Client.Context context = new Client.Context(shared, ledger, new Allowances(), runId,
                        loadStart + settings.duration().toNanos(), (int) settings.think().toMillis());
                List<Thread> threads = new ArrayList<>();
                for (int i = 0; i < settings.clients(); i++) {
                    Persona persona = Persona.of(i);
                    Client client = new Client(i, persona, context, new ApiCalls(shared, sourceAddress(i)),
                            certificate(work, persona));
                    Thread thread = new Thread(client, "load-client-" + i);
                    thread.setDaemon(true);
                    threads.add(thread);
                }
                threads.forEach(Thread::start);
                for (Thread thread : threads) {
                    thread.join(settings.duration().plus(settings.timeout()).multipliedBy(3).toMillis());
                }
                heap = watch.heap();
            } finally {
                twins.shutdownNow();
            }
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

            long drainStart = System.nanoTime();
            drain(dynamo, records, ledger, settings.drain());
            double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
            RecordsSnapshot after = RecordsSnapshot.read(dynamo, records);
            WriteCheck.Verdict verdict = new WriteCheck(ledger, before, after, s3, bucket, system.engines().outbox().messages()).verdict();
            return new Result(settings, startSeconds, loadSeconds, drainSeconds, served.get(), failures.total(), failures.counts(),
                    failures.samples(), times.summaries(), heap, WriteCheck.counts(ledger), ledger.pairs.get(), verdict);
        } finally {
            delete(work);
        }
    }

    /** Client {@code i} comes from 127.0.1.(i+1): an address of its own, as each person's browser has. */
    static InetAddress sourceAddress(int client) throws IOException {
        if (client >= 254) {
            throw new IllegalArgumentException("at most 254 clients, one loopback address each");
        }
        return InetAddress.getByAddress(new byte[] {127, 0, 1, (byte) (client + 1)});
    }

    /** The person's government certificate as the local runtime issued it at start, for its stand-in header. */
    private static String certificate(Path work, Persona persona) throws IOException {
        Path pem = work.resolve("certs").resolve(persona.person() + ".pem");
        return persona.byContract() || !Files.isRegularFile(pem) ? null : Base64.getEncoder().encodeToString(Files.readAllBytes(pem));
    }

    /** Until every document asked for is generated (or failed), or {@code patience} runs out. */
    private static void drain(DynamoDbClient dynamo, String table, Ledger ledger, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        List<Ledger.ExtractAsked> waiting = new ArrayList<>(ledger.extracts);
        while (!waiting.isEmpty() && System.nanoTime() < deadline) {
            waiting.removeIf(e -> {
                Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                        .key(RecordsKeys.extract(CassNumber.of(e.person()), e.id())))
                        .item();
                return item == null || item.isEmpty() || !"PENDING".equals(RecordsSnapshot.str(item, "state"));
            });
            if (!waiting.isEmpty()) {
                Thread.sleep(500);
            }
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
