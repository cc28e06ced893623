package ad.cass.online.local.fuzz;

import ad.cass.online.local.FunctionHost;
import ad.cass.online.local.engines.LambdaEvents;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One fuzzed SQS batch to a queue's consumer (QueueFunction), run as Lambda runs it: an example event of events/ read
 * into the events library's SQSEvent; records added, dropped and copied (up to the template's BatchSize, 10), message
 * ids changed (another record's, null, made up), bodies made by the queue's {@link MessageBodies} or broken (not JSON,
 * empty, null, huge), the correlation-id attribute odd or gone. The batch is delivered twice, as SQS may (at least
 * once). Each answer must be an SQSBatchResponse whose failures name message ids of the batch only; a message whose
 * every record is of a valid shape ({@link MessageBodies#validShape}) may be failed by a delivery (a passing failure is
 * put back) but not by every one of the five SQS makes before the dead-letter queue (the batch is delivered again while
 * one is still failed); no exception may leave the function.
 */
final class QueueFuzzing {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH_SIZE = 10;
    /** The queues' maxReceiveCount (template.yaml): deliveries before the dead-letter queue. */
    private static final int MAX_RECEIVES = 5;

    private final String function;
    private final Examples examples;
    private final MessageBodies bodies;

    QueueFuzzing(String function, Examples examples, MessageBodies bodies) {
        this.function = function;
        this.examples = examples;
        this.bodies = bodies;
    }

    void fuzz(FuzzedDataProvider data) {
        FunctionHost host = FuzzStack.host();
        Fuzz fuzz = new Fuzz(data);
        SQSEvent event = LambdaEvents.fromJson(examples.choose(fuzz).json(), SQSEvent.class);
        List<SQSEvent.SQSMessage> records = new ArrayList<>(event.getRecords());
        SQSEvent.SQSMessage template = records.get(0);
        for (int step = 0; step < 8 && !fuzz.exhausted(); step++) {
            int at = fuzz.choose(Math.max(1, records.size()));
            SQSEvent.SQSMessage record = records.isEmpty() ? null : records.get(at);
            switch (fuzz.choose(7)) {
                case 0 -> {
                    if (record != null) {
                        record.setBody(bodies.body(fuzz, read(template.getBody())));
                    }
                }
                case 1 -> {
                    if (records.size() < BATCH_SIZE) {
                        records.add(copy(template, "fuzz-" + records.size() + "-" + fuzz.text(8), bodies.body(fuzz, read(template.getBody()))));
                    }
                }
                case 2 -> {
                    if (record != null) {
                        record.setMessageId(messageId(fuzz, records));
                    }
                }
                case 3 -> {
                    if (record != null) {
                        record.setBody(brokenBody(fuzz));
                    }
                }
                case 4 -> {
                    if (record != null) {
                        record.setMessageAttributes(attributes(fuzz));
                    }
                }
                case 5 -> {
                    if (record != null && records.size() < BATCH_SIZE) {
                        records.add(copy(record, record.getMessageId(), record.getBody())); // SQS delivering a message twice in one batch
                    }
                }
                default -> {
                    if (record != null) {
                        records.remove(at);
                    }
                }
            }
        }
        event.setRecords(records);
        String json = LambdaEvents.toJson(event);
        Set<String> ids = new HashSet<>();
        records.forEach(r -> ids.add(r.getMessageId()));
        // a message of a valid shape may fail a delivery (the emulator slow past a call timeout: put back, as a passing
        // failure is), not every delivery SQS makes before the dead-letter queue
        Set<String> stuck = mustBeDone(records);
        for (int delivery = 1; delivery <= 2 || delivery <= MAX_RECEIVES && !stuck.isEmpty(); delivery++) {
            String answer;
            try {
                answer = host.invoke(function, json);
            } catch (RuntimeException e) { // FunctionHost.FunctionFailed: SQS would deliver the whole batch again
                throw new AssertionError(function + " failed instead of answering (delivery " + delivery + ")\nevent:  " + json, e);
            }
            Set<String> failed = failures(json, answer, ids);
            stuck.retainAll(failed);
            if (delivery == MAX_RECEIVES && !stuck.isEmpty()) {
                AnswerRules.fail("a message of a valid shape failed every delivery (SQS would move it to the dead-letter queue): "
                        + stuck, json, answer);
            }
            if (delivery == 1) {
                Tally.count(function, failed.isEmpty() ? "all done" : "some failed", json, answer);
            }
        }
    }

    /** The ids whose every record has a body of a valid shape (a null id is never one: SQS gives every message one). */
    private Set<String> mustBeDone(List<SQSEvent.SQSMessage> records) {
        Map<String, Boolean> valid = new HashMap<>();
        for (SQSEvent.SQSMessage r : records) {
            JsonNode body = r.getBody() == null ? null : readOrNull(r.getBody());
            boolean ok = body != null && body.isObject() && bodies.validShape(body);
            valid.merge(String.valueOf(r.getMessageId()), ok, Boolean::logicalAnd);
        }
        Set<String> done = new HashSet<>();
        records.stream().filter(r -> r.getMessageId() != null && valid.get(r.getMessageId())).forEach(r -> done.add(r.getMessageId()));
        return done;
    }

    /** The ids the answer reports failed, each a message of the batch. */
    static Set<String> failures(String eventJson, String answerJson, Set<String> ids) {
        JsonNode answer = readOrNull(answerJson);
        if (answer == null || !answer.isObject() || !answer.path("batchItemFailures").isArray()) {
            AnswerRules.fail("not an SQSBatchResponse", eventJson, answerJson);
        }
        Set<String> failed = new HashSet<>();
        for (JsonNode failure : answer.get("batchItemFailures")) {
            // a null id (SQS never sends one) comes back null, or left out: Lambda then retries the whole batch, losing nothing
            JsonNode named = failure.path("itemIdentifier");
            String id = named.isNull() || named.isMissingNode() ? null : named.asText();
            if (!ids.contains(id)) {
                AnswerRules.fail("a failure naming a message the batch does not hold: " + id, eventJson, answerJson);
            }
            failed.add(id);
        }
        return failed;
    }

    private static String messageId(Fuzz fuzz, List<SQSEvent.SQSMessage> records) {
        return switch (fuzz.choose(4)) {
            case 0 -> records.get(fuzz.choose(records.size())).getMessageId();
            case 1 -> null;
            case 2 -> fuzz.value();
            default -> java.util.UUID.nameUUIDFromBytes(fuzz.bytes(8)).toString();
        };
    }

    private static String brokenBody(Fuzz fuzz) {
        return switch (fuzz.choose(6)) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> fuzz.text(256);
            case 3 -> fuzz.json(3).toString();
            case 4 -> "{\"x\":\"" + "A".repeat(1 + fuzz.choose(262_144)) + "\"}"; // up to SQS's 256 KiB
            default -> fuzz.value();
        };
    }

    private static Map<String, SQSEvent.MessageAttribute> attributes(Fuzz fuzz) {
        if (fuzz.choose(4) == 0) {
            return null;
        }
        Map<String, SQSEvent.MessageAttribute> attributes = new HashMap<>();
        switch (fuzz.choose(3)) {
            case 0 -> {
                // no correlation id: the message id stands for it
            }
            case 1 -> attributes.put("correlation-id", attribute(null));
            default -> attributes.put("correlation-id", attribute(fuzz.value()));
        }
        if (fuzz.choose(2) == 1) {
            attributes.put(fuzz.text(16), attribute(fuzz.value()));
        }
        return attributes;
    }

    private static SQSEvent.MessageAttribute attribute(String value) {
        SQSEvent.MessageAttribute attribute = new SQSEvent.MessageAttribute();
        attribute.setDataType("String");
        attribute.setStringValue(value);
        return attribute;
    }

    private static SQSEvent.SQSMessage copy(SQSEvent.SQSMessage of, String id, String body) {
        SQSEvent.SQSMessage copy = LambdaEvents.fromJson(LambdaEvents.toJson(of), SQSEvent.SQSMessage.class);
        copy.setMessageId(id);
        copy.setBody(body);
        return copy;
    }

    /** The body a fuzzed one starts from: the template's, or none when an earlier step broke it. */
    private static ObjectNode read(String json) {
        JsonNode node = readOrNull(json);
        return node instanceof ObjectNode object ? object : JSON.createObjectNode();
    }

    private static JsonNode readOrNull(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }
}
