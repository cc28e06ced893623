package ad.cass.online.aws.signin;

import ad.cass.online.aws.Lazy;
import ad.cass.online.aws.logging.RequestLogging;
import ad.cass.online.aws.sqs.QueueFunction;
import ad.cass.online.domain.signin.Notice;
import ad.cass.online.domain.signin.NoticeQueue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.MDC;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Posts notices to the notice queue (NOTICE_QUEUE_URL), with the request's correlation id as a message
 * attribute so the mail's log lines join the request's. The queue is encrypted at rest (SQS-managed keys):
 * a reset notice carries its link.
 */
public final class SqsNoticeQueue implements NoticeQueue {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<SqsClient> sqs;
    private final String queueUrl;

    public SqsNoticeQueue(Supplier<SqsClient> client, String queueUrl) {
        this.sqs = new Lazy<>(client);
        this.queueUrl = queueUrl;
    }

    @Override
    public void post(Notice notice) {
        String body;
        try {
            body = JSON.writeValueAsString(NoticeMessage.of(notice));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notice is plain strings", e);
        }
        String correlationId = MDC.get(RequestLogging.CORRELATION_ID);
        try {
            sqs.get().sendMessage(r -> r.queueUrl(queueUrl).messageBody(body).messageAttributes(correlationId == null ? Map.of()
                    : Map.of(QueueFunction.CORRELATION_ID,
                            MessageAttributeValue.builder().dataType("String").stringValue(correlationId).build())));
        } catch (SdkException e) {
            throw new NotPosted("SQS: " + e.getClass().getSimpleName()); // its message may echo the body
        }
    }
}
