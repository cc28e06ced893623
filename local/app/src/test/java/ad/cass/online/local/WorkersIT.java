package ad.cass.online.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.local.workers.NoteWorker;
import ad.cass.online.local.workers.Ticker;
import ad.cass.online.testing.ApiContract;
import ad.cass.online.testing.TestStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The local runtime runs the two other triggers as Lambda does (issue 15, item 3): it delivers a queue's
 * messages to its consumer in batches and deletes only those not reported failed, and it fires a scheduled
 * function on request with the ScheduledEvent its rule would send. On template.yaml plus a test queue, a
 * consumer and a scheduled function.
 */
class WorkersIT {
    static final String EXTRA = """
              TestNotesQueue:
                Type: AWS::SQS::Queue
                Properties:
                  QueueName: !Sub cass-${Stage}-test-notes
                  VisibilityTimeout: 1
              TestNoteWorkerFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: local/target/cass-local.jar
                  Handler: ad.cass.online.local.workers.NoteWorker::handleRequest
                  Events:
                    Notes:
                      Type: SQS
                      Properties:
                        Queue: !GetAtt TestNotesQueue.Arn
                        BatchSize: 10
                        FunctionResponseTypes: [ReportBatchItemFailures]
              TestTickerFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: local/target/cass-local.jar
                  Handler: ad.cass.online.local.workers.Ticker::handleRequest
                  Events:
                    Nightly:
                      Type: Schedule
                      Properties:
                        Schedule: cron(0 2 * * ? *)
              TestSleeperFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: local/target/cass-local.jar
                  Handler: ad.cass.online.local.workers.Sleeper::handleRequest
                  Timeout: 1
                  Events:
                    Hourly:
                      Type: Schedule
                      Properties:
                        Schedule: rate(1 hour)
            """;
    static LocalSystem system;
    static LocalApi api;
    static QueuePump pump;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory("cass-workers");
        String template = Files.readString(TestStack.projectRoot().resolve("template.yaml"));
        Path withWorkers = dir.resolve("template.yaml");
        Files.writeString(withWorkers, template.replaceFirst("(?m)^Resources:\\n", java.util.regex.Matcher.quoteReplacement("Resources:\n" + EXTRA)));
        system = LocalSystem.start(withWorkers, dir.resolve(".local"), null, "workers");
        api = new LocalApi(system.host(), system.engines().outbox(), ApiContract.file(), 0);
        pump = new QueuePump(system.host(), system.engines());
    }

    @AfterAll
    static void stop() throws Exception {
        if (pump != null) {
            pump.close();
        }
        if (api != null) {
            api.close();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    void queuedMessagesReachTheirConsumerAndOnlyFailedOnesComeBack() throws Exception {
        try (SqsClient sqs = system.engines().sqsClient()) {
            String url = sqs.getQueueUrl(r -> r.queueName("cass-workers-test-notes")).queueUrl();
            for (String text : List.of("first", "fail", "second")) {
                sqs.sendMessage(r -> r.queueUrl(url).messageBody("{\"text\":\"" + text + "\"}"));
            }
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (Instant.now().isBefore(deadline)
                    && !(NoteWorker.ATTEMPTS.contains("first") && NoteWorker.ATTEMPTS.contains("second")
                    && Collections.frequency(NoteWorker.ATTEMPTS, "fail") >= 2)) {
                Thread.sleep(100);
            }
            assertEquals(1, Collections.frequency(NoteWorker.ATTEMPTS, "first"), NoteWorker.ATTEMPTS.toString());
            assertEquals(1, Collections.frequency(NoteWorker.ATTEMPTS, "second"), "a handled message is deleted, never redelivered");
            assertTrue(Collections.frequency(NoteWorker.ATTEMPTS, "fail") >= 2, "a failed one comes back after the visibility timeout");
            Map<QueueAttributeName, String> left = sqs.getQueueAttributes(r -> r.queueUrl(url)
                    .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                            QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
            assertEquals(1, Integer.parseInt(left.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                    + Integer.parseInt(left.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)),
                    "only the failing message is still in the queue");
        }
    }

    @Test
    void aScheduleFiresOnRequestWithTheTimeAsked() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> fired = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port()
                + "/_local/schedules/TestTickerFunction?time=2026-11-01T02:00:00Z")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, fired.statusCode(), fired.body());
        assertEquals("\"ticked for 2026-11-01T02:00:00Z\"", fired.body());
        assertEquals(List.of(Instant.parse("2026-11-01T02:00:00Z")), Ticker.RUNS);
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port()
                + "/_local/schedules/AuthFunction")).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, unknown.statusCode(), "only functions with a schedule can be fired");
    }

    /** Issue 16, item 3: the local runtime holds a function to its template Timeout, as Lambda does. */
    @Test
    void aFunctionPastItsTimeoutFailsAsOnLambda() {
        long started = System.nanoTime();
        FunctionHost.FunctionFailed failed = org.junit.jupiter.api.Assertions.assertThrows(FunctionHost.FunctionFailed.class,
                () -> system.host().invoke("TestSleeperFunction", "{\"id\":\"t1\",\"time\":\"2026-11-01T02:00:00Z\",\"detail\":{}}"));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(failed.getCause().getMessage().contains("Task timed out after 1 seconds"), failed.getCause().getMessage());
        assertTrue(tookMillis < 3_000, "cut off at its 1 s Timeout, not after its 5 s of work: " + tookMillis + " ms");
    }

    /**
     * Issue 16, item 9: one worker and a queue of one, three slow requests at once: the third is refused at
     * once with a 503 problem and Retry-After instead of waiting behind the others.
     */
    @Test
    void anOverloadedRuntimeAnswers503WithRetryAfter() throws Exception {
        HttpLimits oneAtATime = new HttpLimits(HttpLimits.DEFAULT.idleTimeout(), HttpLimits.DEFAULT.ioThreads(),
                HttpLimits.DEFAULT.maxConnections(), 1, 1, HttpLimits.DEFAULT.maxHeaderBytes(),
                HttpLimits.DEFAULT.maxHeaderFields(), HttpLimits.DEFAULT.maxBodyBytes());
        try (LocalApi small = new LocalApi(system.host(), system.engines().outbox(), ApiContract.file(), 0, oneAtATime)) {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest sleep = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + small.port()
                    + "/_local/schedules/TestSleeperFunction")).POST(HttpRequest.BodyPublishers.noBody()).build();
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                sent.add(http.sendAsync(sleep, HttpResponse.BodyHandlers.ofString()));
            }
            List<HttpResponse<String>> answers = sent.stream().map(CompletableFuture::join).toList();
            List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
            assertEquals(List.of(500, 500, 503), statuses, "two ran past their Timeout, one was refused");
            HttpResponse<String> refused = answers.stream().filter(r -> r.statusCode() == 503).findFirst().orElseThrow();
            assertEquals("application/problem+json", refused.headers().firstValue("content-type").orElseThrow());
            assertEquals("1", refused.headers().firstValue("retry-after").orElseThrow());
            assertTrue(refused.body().contains("\"type\":\"https://online.cass.ad/problems/service-unavailable\""), refused.body());
        }
    }

    @Test
    void invokeRunsAQueueConsumerWithAnEventFromAFile() throws Exception {
        String event = """
                {"Records":[{"messageId":"x1","body":"{\\"text\\":\\"from a file\\"}","eventSource":"aws:sqs"}]}""";
        assertEquals("{\"batchItemFailures\":[]}", system.host().invoke("TestNoteWorkerFunction", event).replace(" ", ""));
        assertTrue(NoteWorker.ATTEMPTS.contains("from a file"));
    }
}
