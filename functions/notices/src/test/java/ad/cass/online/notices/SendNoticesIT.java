package ad.cass.online.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.logging.RequestLogging;
import ad.cass.online.aws.signin.SqsNoticeQueue;
import ad.cass.online.aws.sqs.SqsClients;
import ad.cass.online.domain.signin.Notice;
import ad.cass.online.testing.CapturedLogs;
import ad.cass.online.testing.EmfLines;
import ad.cass.online.testing.Events;
import ad.cass.online.testing.RefusingAws;
import ad.cass.online.testing.TestMail;
import ad.cass.online.testing.TestPeople;
import ad.cass.online.testing.TestQueues;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.MDC;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Issue 16, item 8: what sign-in posts to the notice queue is mailed by NoticesFunction, driven by the
 * SQS events in events/notices/, against moto's SES and the People table, with the template's environment.
 */
class SendNoticesIT {
    static TestStack stack;
    static NoticesQueueFunction function;

    @BeforeAll
    static void deploy() {
        stack = TestStack.create();
        TestPeople.save(stack);
        function = stack.build("NoticesFunction", NoticesQueueFunction::new);
    }

    static SQSBatchResponse handle(String eventFile) {
        return function.handleRequest(Events.read("notices", eventFile, SQSEvent.class), null);
    }

    @ParameterizedTest(name = "{0} -> a mail to {1}")
    @CsvSource({
            "pin-locked.json, jordi.vidal@example.ad, l'accés amb el PIN queda bloquejat fins al 30/11/2026 a les 15:20",
            "contract-locked.json, nuria.puig@example.ad, amb el certificat digital de la CASS queda bloquejat fins al 30/11/2026 a les 15:20",
            "pin-reset.json, jordi.vidal@example.ad, L'enllaç és vàlid fins al 30/11/2026 a les 17:05"})
    void eachNoticeBecomesItsMail(String eventFile, String to, String says) {
        int before = TestMail.to(to).size();
        assertTrue(handle(eventFile).getBatchItemFailures().isEmpty());
        List<Map<String, String>> mails = TestMail.to(to);
        assertEquals(before + 1, mails.size());
        assertTrue(mails.get(mails.size() - 1).get("text").contains(says), mails.get(mails.size() - 1).get("text"));
    }

    @Test
    void aLockOfANumberNobodyHoldsIsDoneWithoutAMail() {
        int before = TestMail.total();
        assertTrue(handle("pin-locked-unknown-number.json").getBatchItemFailures().isEmpty(), "nothing to retry");
        assertEquals(before, TestMail.total());
    }

    /** Issue 23, Operations: a lock counts whoever holds the credential; a recovery link counts once it is mailed. */
    @Test
    void locksAndMailedRecoveryLinksAreCounted() {
        List<JsonNode> lines = EmfLines.during(() -> {
            handle("pin-locked.json");
            handle("pin-locked-unknown-number.json");
            handle("contract-locked.json");
            handle("pin-reset.json");
        });
        assertEquals(2, EmfLines.total(lines, "Lockouts", "Credential", "PIN"), lines.toString());
        assertEquals(1, EmfLines.total(lines, "Lockouts", "Credential", "CASS_CERTIFICATE"), lines.toString());
        assertEquals(1, EmfLines.total(lines, "PinResetLinksSent"), lines.toString());
        try (RefusingAws ses = RefusingAws.rejectingSes("jordi.vidal@example.ad")) {
            Map<String, String> env = new HashMap<>(stack.environment("NoticesFunction"));
            env.put("AWS_ENDPOINT_URL_SESV2", ses.endpoint());
            NoticesQueueFunction refused = Env.with(env, NoticesQueueFunction::new);
            List<JsonNode> none = EmfLines.during(() -> refused.handleRequest(Events.read("notices", "pin-reset.json", SQSEvent.class), null));
            assertEquals(0, EmfLines.total(none, "PinResetLinksSent"), "a refused mail is sent by its retry, and counted then");
        }
    }

    @Test
    void onlyTheMessagesThatCannotBeReadAreReportedFailed() {
        int before = TestMail.to("jordi.vidal@example.ad").size();
        List<String> failed = handle("batch-with-a-malformed-message.json").getBatchItemFailures().stream()
                .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList();
        assertEquals(List.of("5f1b1a52-0006-4d0e-9b1e-000000000006", "5f1b1a52-0007-4d0e-9b1e-000000000007"), failed,
                "they go back to the queue, and after five tries to its dead letters");
        assertEquals(before + 1, TestMail.to("jordi.vidal@example.ad").size(), "the good one is mailed");
    }

    @Test
    void aMailSesRefusesIsReportedFailedAndLogsNeitherAddressNorLink() {
        try (RefusingAws ses = RefusingAws.rejectingSes("jordi.vidal@example.ad"); CapturedLogs logs = new CapturedLogs()) {
            Map<String, String> env = new HashMap<>(stack.environment("NoticesFunction"));
            env.put("AWS_ENDPOINT_URL_SESV2", ses.endpoint());
            NoticesQueueFunction refused = Env.with(env, NoticesQueueFunction::new);
            SQSBatchResponse response = refused.handleRequest(Events.read("notices", "pin-reset.json", SQSEvent.class), null);
            assertEquals(1, response.getBatchItemFailures().size());
            assertTrue(logs.text().contains("MessageRejected"), logs.text());
            assertFalse(logs.text().contains("jordi.vidal@example.ad"));
            assertFalse(logs.text().contains("token="));
        }
    }

    @Test
    void aPostedNoticeCarriesWhoWhatAndTheCorrelationIdButNoAddressAndIsMailedFromTheQueue() {
        Map<String, String> env = stack.environment("AuthFunction");
        SqsNoticeQueue queue = Env.with(env, () -> new SqsNoticeQueue(SqsClients.deferred(), env.get("NOTICE_QUEUE_URL")));
        MDC.put(RequestLogging.CORRELATION_ID, "req-8d1e");
        try {
            queue.post(new Notice(Notice.Kind.PIN_LOCKED, "100001A", Instant.parse("2026-11-30T14:20:00Z"), null));
        } finally {
            MDC.remove(RequestLogging.CORRELATION_ID);
        }
        try (SqsClient sqs = stack.engines().sqsClient()) {
            Message posted = sqs.receiveMessage(r -> r.queueUrl(stack.name("NoticeQueue")).messageAttributeNames("All")
                    .visibilityTimeout(0)).messages().get(0);
            assertEquals("{\"kind\":\"PIN_LOCKED\",\"recipient\":\"100001A\",\"at\":\"2026-11-30T14:20:00Z\",\"link\":null}",
                    posted.body(), "who and what; the address is read from the file when the mail is written");
            assertEquals("req-8d1e", posted.messageAttributes().get("correlation-id").stringValue());
        }
        int before = TestMail.to("jordi.vidal@example.ad").size();
        try (CapturedLogs logs = new CapturedLogs()) {
            assertEquals(1, TestQueues.deliver(stack, "NoticeQueue", function));
            assertTrue(logs.text().contains("req-8d1e"), "the mail's log lines join the request's: " + logs.text());
        }
        assertEquals(before + 1, TestMail.to("jordi.vidal@example.ad").size());
    }

    @Test
    void theQueueIsEncryptedAndSendsWhatCannotBeMailedToItsDeadLetters() {
        Map<String, Object> properties = stack.template().resourcesOfType("AWS::SQS::Queue").get("NoticeQueue");
        assertEquals(Boolean.TRUE, properties.get("SqsManagedSseEnabled"), "a reset notice carries its link");
        try (SqsClient sqs = stack.engines().sqsClient()) {
            String policy = sqs.getQueueAttributes(r -> r.queueUrl(stack.name("NoticeQueue"))
                    .attributeNames(QueueAttributeName.REDRIVE_POLICY)).attributes().get(QueueAttributeName.REDRIVE_POLICY);
            assertTrue(policy.contains(stack.name("NoticeDeadLetterQueue").replaceAll(".*/", "")), policy);
            assertTrue(policy.replace(" ", "").matches(".*\"maxReceiveCount\":\"?5\"?[,}].*"), policy);
        }
    }
}
