package ad.cass.online.local.fuzz;

import ad.cass.online.local.FunctionHost;
import ad.cass.online.local.engines.LambdaEvents;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Extract requests the fuzz tests ask for themselves, as the demo employee does (events/extracts/ask.json): the demo
 * data holds none, so without them a job would never name a pending request, nor a revocation an issued document.
 * One request per Idempotency-Key: an input asking with the same key meets the same request, PENDING until a job is
 * delivered for it, READY after.
 */
final class AskedExtracts {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> ISSUED_CODES = new HashMap<>();

    /** The request: whose it is, its id, the code its document will carry. */
    record Asked(String subject, String id, String verificationCode) {
        String job() {
            return JSON.createObjectNode().put("subject", subject).put("id", id).toString();
        }
    }

    private AskedExtracts() {
    }

    /** The request asked with this Idempotency-Key ({@code [A-Za-z0-9-]}, 8 to 64 long). */
    static Asked ask(String key) {
        FunctionHost host = FuzzStack.host();
        APIGatewayV2HTTPEvent event = LambdaEvents.read(TestStack.projectRoot().resolve("events/extracts/ask.json"),
                APIGatewayV2HTTPEvent.class);
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put("idempotency-key", key);
        event.setHeaders(headers);
        APIGatewayV2HTTPResponse answer = LambdaEvents.fromJson(host.invoke("ExtractsFunction", LambdaEvents.toJson(event)),
                APIGatewayV2HTTPResponse.class);
        if (answer.getStatusCode() != 202 && answer.getStatusCode() != 200) {
            throw new IllegalStateException("the demo employee's extract was not asked: " + answer.getBody());
        }
        JsonNode request = read(answer.getBody());
        return new Asked(event.getRequestContext().getAuthorizer().getLambda().get("cassNumber").toString(),
                request.get("id").asText(), request.get("verificationCode").asText());
    }

    /** The code of a document issued for this key: asked, then generated as the queue's consumer does. */
    static synchronized String issuedCode(String key) {
        return ISSUED_CODES.computeIfAbsent(key, k -> {
            Asked asked = ask(k);
            String batch = "{\"Records\":[{\"messageId\":\"issue-" + k + "\",\"body\":" + JSON.valueToTree(asked.job()) + "}]}";
            String answer = FuzzStack.host().invoke("ExtractGeneratorFunction", batch);
            if (!read(answer).path("batchItemFailures").isEmpty()) {
                throw new IllegalStateException("the demo employee's extract was not generated: " + answer);
            }
            return asked.verificationCode();
        });
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
