package ad.cass.online.local.engines;

import static ad.cass.online.local.engines.SamTemplate.list;
import static ad.cass.online.local.engines.SamTemplate.map;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AlreadyExistsException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Creates the tables and buckets exactly as template.yaml declares them: keys, attribute types,
 * secondary indexes and TTL; and verifies the template's sender ({@code MailFrom}) in SES, as an operator
 * does once per account before the first deployment (SES refuses mail from an unverified sender, and so
 * does the emulator). Re-running it is harmless.
 */
public final class Provisioner {
    private final SamTemplate template;

    public Provisioner(SamTemplate template) {
        this.template = template;
    }

    /** The template's sender, {@code MailFrom}, as a verified SES identity. */
    public void verifySender(SesV2Client ses) {
        template.parameter("MailFrom").filter(from -> !from.isBlank()).ifPresent(from -> {
            try {
                ses.createEmailIdentity(r -> r.emailIdentity(from));
            } catch (AlreadyExistsException verifiedBefore) {
                // another stage of the same account verified it
            }
        });
    }

    /**
     * The template's queues, with the attributes it gives them (visibility timeout, retention, delay) and,
     * once every queue exists, their dead-letter queues (RedrivePolicy).
     */
    public void provisionQueues(SqsClient sqs) {
        template.queues().forEach(q -> {
            Map<QueueAttributeName, String> attributes = new java.util.EnumMap<>(QueueAttributeName.class);
            for (QueueAttributeName name : List.of(QueueAttributeName.VISIBILITY_TIMEOUT, QueueAttributeName.MESSAGE_RETENTION_PERIOD,
                    QueueAttributeName.RECEIVE_MESSAGE_WAIT_TIME_SECONDS, QueueAttributeName.DELAY_SECONDS)) {
                // CloudFormation spells each property as SQS spells the attribute (VisibilityTimeout, ...)
                String value = template.string(q.properties().get(name.toString()));
                if (value != null) {
                    attributes.put(name, value);
                }
            }
            sqs.createQueue(r -> r.queueName(q.name()).attributes(attributes));
        });
        template.queues().forEach(q -> {
            Map<String, Object> redrive = map(q.properties().get("RedrivePolicy"));
            if (!redrive.isEmpty()) {
                // the template's ARN names the account as the template resolves it; the engine has its own
                String target = template.string(redrive.get("deadLetterTargetArn"));
                String targetUrl = sqs.getQueueUrl(r -> r.queueName(target.substring(target.lastIndexOf(':') + 1))).queueUrl();
                String targetArn = sqs.getQueueAttributes(r -> r.queueUrl(targetUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                        .attributes().get(QueueAttributeName.QUEUE_ARN);
                String policy = "{\"deadLetterTargetArn\":\"" + targetArn
                        + "\",\"maxReceiveCount\":\"" + template.string(redrive.get("maxReceiveCount")) + "\"}";
                String url = sqs.getQueueUrl(r -> r.queueName(q.name())).queueUrl();
                sqs.setQueueAttributes(r -> r.queueUrl(url).attributes(Map.of(QueueAttributeName.REDRIVE_POLICY, policy)));
            }
        });
    }

    public void provision(DynamoDbClient dynamo, S3Client s3) {
        template.tables().forEach(t -> createTable(dynamo, t));
        template.buckets().forEach(b -> {
            try {
                s3.createBucket(r -> r.bucket(b.name()));
            } catch (BucketAlreadyOwnedByYouException alreadyThere) {
                // persisted from an earlier run
            } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
                if (e.statusCode() != 409) {
                    throw e;
                }
            }
        });
    }

    private void createTable(DynamoDbClient dynamo, SamTemplate.Table table) {
        Map<String, Object> p = table.properties();
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(table.name())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(list(p.get("AttributeDefinitions")).stream()
                        .map(SamTemplate::map)
                        .map(a -> AttributeDefinition.builder()
                                .attributeName(template.string(a.get("AttributeName")))
                                .attributeType(template.string(a.get("AttributeType"))).build())
                        .toList())
                .keySchema(keySchema(p.get("KeySchema")));
        List<GlobalSecondaryIndex> indexes = list(p.get("GlobalSecondaryIndexes")).stream()
                .map(SamTemplate::map)
                .map(i -> GlobalSecondaryIndex.builder()
                        .indexName(template.string(i.get("IndexName")))
                        .keySchema(keySchema(i.get("KeySchema")))
                        .projection(Projection.builder().projectionType(ProjectionType.fromValue(
                                template.string(map(i.get("Projection")).getOrDefault("ProjectionType", "ALL"))))
                                .build())
                        .build())
                .toList();
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        try {
            dynamo.createTable(request.build());
        } catch (ResourceInUseException alreadyThere) {
            return;
        }
        Map<String, Object> ttl = map(p.get("TimeToLiveSpecification"));
        if (Boolean.parseBoolean(String.valueOf(ttl.get("Enabled")))) {
            dynamo.updateTimeToLive(r -> r.tableName(table.name())
                    .timeToLiveSpecification(s -> s.enabled(true).attributeName(template.string(ttl.get("AttributeName")))));
        }
    }

    private List<KeySchemaElement> keySchema(Object spec) {
        return list(spec).stream()
                .map(SamTemplate::map)
                .map(k -> KeySchemaElement.builder()
                        .attributeName(template.string(k.get("AttributeName")))
                        .keyType(template.string(k.get("KeyType"))).build())
                .toList();
    }
}
