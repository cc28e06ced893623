package ad.cass.online.aws.sqs;

import ad.cass.online.aws.LambdaFunction;
import ad.cass.online.aws.logging.RequestLogging;
import ad.cass.online.domain.error.Unavailable;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The base of every SQS consumer: each message of the batch is read as JSON into {@code M} and handled on
 * its own; the ones that failed are reported back ({@code SQSBatchResponse}, the event source mapping's
 * {@code ReportBatchItemFailures}), so SQS redelivers only those, and after the queue's
 * {@code maxReceiveCount} moves them to its dead-letter queue for an operator. Nothing is dropped silently:
 * a message that cannot be read is a failure too.
 * <p>Handlers must be idempotent: SQS delivers at least once.
 */
public abstract class QueueFunction<M> extends LambdaFunction implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(QueueFunction.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A producer passes its request's correlation id on as this message attribute. */
    public static final String CORRELATION_ID = "correlation-id";

    private final Class<M> type;

    protected QueueFunction(Class<M> type) {
        this.type = type;
    }

    /** Does the message's work; throws to have it redelivered. */
    protected abstract void handle(M message);

    @Override
    public final SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage record : event.getRecords() == null ? List.<SQSEvent.SQSMessage>of() : event.getRecords()) {
            boolean done = RequestLogging.around(context, correlationId(record), () -> handleOne(record));
            if (!done) {
                failures.add(SQSBatchResponse.BatchItemFailure.builder().withItemIdentifier(record.getMessageId()).build());
            }
        }
        return SQSBatchResponse.builder().withBatchItemFailures(failures).build();
    }

    private boolean handleOne(SQSEvent.SQSMessage record) {
        M message;
        try {
            message = JSON.readValue(record.getBody() == null ? "" : record.getBody(), type);
        } catch (JsonProcessingException e) {
            LOG.error("message {} is not a {}: {}", record.getMessageId(), type.getSimpleName(), e.getOriginalMessage());
            return false;
        }
        try {
            handle(message);
            return true;
        } catch (Unavailable e) {
            LOG.warn("message {} put back: {}", record.getMessageId(), e.what());
            return false;
        } catch (RuntimeException e) {
            LOG.error("message {} failed", record.getMessageId(), e);
            return false;
        }
    }

    private static String correlationId(SQSEvent.SQSMessage record) {
        Map<String, SQSEvent.MessageAttribute> attributes = record.getMessageAttributes();
        SQSEvent.MessageAttribute given = attributes == null ? null : attributes.get(CORRELATION_ID);
        return given != null && given.getStringValue() != null ? given.getStringValue() : record.getMessageId();
    }
}
