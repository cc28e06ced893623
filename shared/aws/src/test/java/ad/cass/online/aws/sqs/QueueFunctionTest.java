package ad.cass.online.aws.sqs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ad.cass.online.domain.error.Unavailable;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** The SQS consumer base, on the Lambda events library's own SQSEvent and SQSBatchResponse. */
class QueueFunctionTest {
    record Note(String text) {
    }

    /** Handles "ok…" notes, finds the service unavailable for "busy", and fails on "bug". */
    static final class Notes extends QueueFunction<Note> {
        final List<String> handled = new ArrayList<>();
        final List<String> correlationIds = new ArrayList<>();

        Notes() {
            super(Note.class);
        }

        @Override
        protected void handle(Note note) {
            correlationIds.add(MDC.get("correlation_id"));
            switch (note.text()) {
                case "busy" -> throw new Unavailable("DynamoDB: ThrottlingException");
                case "bug" -> throw new IllegalStateException("a bug of ours");
                default -> handled.add(note.text());
            }
        }
    }

    static SQSEvent.SQSMessage message(String id, String body, String correlationId) {
        SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
        m.setMessageId(id);
        m.setBody(body);
        if (correlationId != null) {
            SQSEvent.MessageAttribute attribute = new SQSEvent.MessageAttribute();
            attribute.setDataType("String");
            attribute.setStringValue(correlationId);
            m.setMessageAttributes(Map.of(QueueFunction.CORRELATION_ID, attribute));
        }
        return m;
    }

    @Test
    void onlyTheMessagesThatFailedAreReportedForRedelivery() {
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(
                message("m1", "{\"text\":\"ok one\"}", "portal-req-1"),
                message("m2", "not json", null),
                message("m3", "{\"text\":\"busy\"}", null),
                message("m4", "{\"text\":\"bug\"}", null),
                message("m5", "{\"text\":\"ok two\"}", null)));
        Notes notes = new Notes();
        SQSBatchResponse response = notes.handleRequest(event, null);
        assertEquals(List.of("m2", "m3", "m4"), response.getBatchItemFailures().stream()
                .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList(),
                "unreadable, passing and failed messages come back; none is dropped");
        assertEquals(List.of("ok one", "ok two"), notes.handled);
        assertEquals("portal-req-1", notes.correlationIds.get(0), "the producer's correlation id is logged with the work");
        assertEquals("m3", notes.correlationIds.get(1), "else the message's own id");
    }

    @Test
    void anEmptyBatchReportsNothing() {
        assertEquals(List.of(), new Notes().handleRequest(new SQSEvent(), null).getBatchItemFailures());
    }
}
