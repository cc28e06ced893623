package ad.cass.online.aws.extracts;

import ad.cass.online.aws.Lazy;
import ad.cass.online.aws.PassingFaults;
import ad.cass.online.aws.logging.RequestLogging;
import ad.cass.online.aws.sqs.QueueFunction;
import ad.cass.online.domain.extracts.ExtractJob;
import ad.cass.online.domain.extracts.ExtractQueue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.MDC;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/** The extract queue (template.yaml, ExtractQueue): a job as JSON, the request's correlation id as an attribute. */
public final class SqsExtractQueue implements ExtractQueue {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<SqsClient> sqs;
    private final String url;

    /** @param client built on the first post ({@code SqsClients.deferred()}): most requests post nothing */
    public SqsExtractQueue(Supplier<SqsClient> client, String url) {
        this.sqs = new Lazy<>(client);
        this.url = url;
    }

    @Override
    public void post(ExtractJob job) {
        String body;
        try {
            body = JSON.writeValueAsString(job);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String correlation = MDC.get(RequestLogging.CORRELATION_ID);
        // any failure to post is the person's to retry: the same Idempotency-Key finds the request and posts it again
        PassingFaults.translated("SQS", e -> e instanceof SdkException, () -> sqs.get().sendMessage(r -> {
            r.queueUrl(url).messageBody(body);
            if (correlation != null) {
                r.messageAttributes(Map.of(QueueFunction.CORRELATION_ID,
                        MessageAttributeValue.builder().dataType("String").stringValue(correlation).build()));
            }
        }));
    }
}
