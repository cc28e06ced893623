package ad.cass.online.local;

import ad.cass.online.local.engines.LocalEngines;
import ad.cass.online.local.engines.SamTemplate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * What Lambda's event source mapping does for an SQS event, locally: for each {@code Type: SQS} event of
 * template.yaml it polls the queue, hands a batch to the function as the {@code SQSEvent} Lambda builds, and
 * deletes the messages the function did not report as failed ({@code batchItemFailures}). A function that
 * throws gets nothing deleted: the messages come back after the queue's visibility timeout, as on AWS.
 * <p>It polls without waiting (no long polling): the emulator serves one request at a time, so a waiting
 * receive would hold every other call back.
 * <p>Public for the load bench ({@code bench/load}), which starts the runtime in its own JVM as start-api does.
 */
public final class QueuePump implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(QueuePump.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long EVERY_MILLIS = 250;

    private final FunctionHost host;
    private final SqsClient sqs;
    private final ScheduledExecutorService poller;

    public QueuePump(FunctionHost host, LocalEngines engines) {
        this.host = host;
        this.sqs = engines.sqsClient();
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "local-sqs-event-source");
            t.setDaemon(true);
            return t;
        });
        SamTemplate template = host.template();
        for (SamTemplate.QueueConsumer consumer : template.queueConsumers()) {
            String queueName = template.queues().stream().filter(q -> q.logicalId().equals(consumer.queueLogicalId()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no queue " + consumer.queueLogicalId())).name();
            // the queue exists once the template is deployed: its URL is looked up once, not on every poll
            String url = sqs.getQueueUrl(r -> r.queueName(queueName)).queueUrl();
            poller.scheduleWithFixedDelay(() -> pumpOnce(consumer, queueName, url), EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** One receive and, if it brought messages, one invocation. @return how many messages were handed over */
    int pumpOnce(SamTemplate.QueueConsumer consumer, String queueName, String url) {
        try {
            List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(Math.min(10, consumer.batchSize()))
                    .waitTimeSeconds(0).messageAttributeNames("All").messageSystemAttributeNames(MessageSystemAttributeName.ALL))
                    .messages();
            if (messages.isEmpty()) {
                return 0;
            }
            String response = host.invoke(consumer.functionLogicalId(), event(queueName, messages).toString());
            Set<String> failed = new HashSet<>();
            JsonNode failures = JSON.readTree(response).path("batchItemFailures");
            failures.forEach(f -> failed.add(f.path("itemIdentifier").asText()));
            for (Message message : messages) {
                if (!failed.contains(message.messageId())) {
                    sqs.deleteMessage(r -> r.queueUrl(url).receiptHandle(message.receiptHandle()));
                }
            }
            return messages.size();
        } catch (FunctionHost.FunctionFailed e) {
            LOG.warn("{} failed on a batch from {}; it comes back after the visibility timeout", consumer.functionLogicalId(), queueName);
            return 0;
        } catch (Exception e) {
            LOG.warn("polling {} for {}: {}", queueName, consumer.functionLogicalId(), e.toString());
            return 0;
        }
    }

    /** The SQSEvent Lambda builds from a batch. */
    private ObjectNode event(String queueName, List<Message> messages) {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode records = event.putArray("Records");
        for (Message m : messages) {
            ObjectNode record = records.addObject();
            record.put("messageId", m.messageId());
            record.put("receiptHandle", m.receiptHandle());
            record.put("body", m.body());
            record.put("md5OfBody", m.md5OfBody());
            ObjectNode attributes = record.putObject("attributes");
            m.attributesAsStrings().forEach(attributes::put);
            ObjectNode messageAttributes = record.putObject("messageAttributes");
            for (Map.Entry<String, software.amazon.awssdk.services.sqs.model.MessageAttributeValue> a : m.messageAttributes().entrySet()) {
                ObjectNode value = messageAttributes.putObject(a.getKey());
                value.put("stringValue", a.getValue().stringValue());
                value.put("dataType", a.getValue().dataType());
            }
            record.put("eventSource", "aws:sqs");
            record.put("eventSourceARN", "arn:aws:sqs:" + LocalEngines.REGION + ":" + SamTemplate.ACCOUNT_ID + ":" + queueName);
            record.put("awsRegion", LocalEngines.REGION);
        }
        return event;
    }

    @Override
    public void close() {
        poller.shutdownNow();
        sqs.close();
    }
}
