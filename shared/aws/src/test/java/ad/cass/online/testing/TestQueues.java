package ad.cass.online.testing;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * What Lambda's SQS event source does, once, for a test: takes what waits in a template queue, hands it to
 * the consumer as a real {@link SQSEvent}, and deletes what the consumer did not report failed.
 */
public final class TestQueues {
    private TestQueues() {
    }

    /** @return how many messages were handed over */
    public static int deliver(TestStack stack, String queueLogicalId, RequestHandler<SQSEvent, SQSBatchResponse> consumer) {
        try (SqsClient sqs = stack.engines().sqsClient()) {
            String url = stack.name(queueLogicalId);
            int delivered = 0;
            List<Message> batch;
            while (!(batch = sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)
                    .messageAttributeNames("All").messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages()).isEmpty()) {
                SQSEvent event = new SQSEvent();
                event.setRecords(batch.stream().map(TestQueues::record).toList());
                SQSBatchResponse response = consumer.handleRequest(event, null);
                Set<String> failed = response.getBatchItemFailures().stream()
                        .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).collect(Collectors.toSet());
                batch.stream().filter(m -> !failed.contains(m.messageId()))
                        .forEach(m -> sqs.deleteMessage(r -> r.queueUrl(url).receiptHandle(m.receiptHandle())));
                delivered += batch.size();
                if (!failed.isEmpty()) {
                    break; // they come back after the visibility timeout, as on AWS
                }
            }
            return delivered;
        }
    }

    static SQSEvent.SQSMessage record(Message message) {
        SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
        record.setMessageId(message.messageId());
        record.setReceiptHandle(message.receiptHandle());
        record.setBody(message.body());
        record.setEventSource("aws:sqs");
        Map<String, SQSEvent.MessageAttribute> attributes = new HashMap<>();
        message.messageAttributes().forEach((name, value) -> {
            SQSEvent.MessageAttribute attribute = new SQSEvent.MessageAttribute();
            attribute.setDataType(value.dataType());
            attribute.setStringValue(value.stringValue());
            attributes.put(name, attribute);
        });
        record.setMessageAttributes(attributes);
        record.setAttributes(message.attributesAsStrings());
        return record;
    }
}
