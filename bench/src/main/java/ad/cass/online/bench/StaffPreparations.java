package ad.cass.online.bench;

import ad.cass.online.local.FunctionHost;
import ad.cass.online.local.LocalSystem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The state CASS's staff functions act on, made through the portal's own functions in the bench's JVM (outside every
 * timing) as a person would make it: a document issued before it is revoked, a change asked for before it is confirmed.
 */
final class StaffPreparations {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StaffPreparations() {
    }

    /**
     * A points extract asked for and generated, once: revoking it again is the same
     * work (issue 20: "doing it twice changes nothing", an UpdateItem and a GetItem each time).
     */
    static ColdStartBench.Preparation documentIssued() {
        String[] code = new String[1];
        return (system, example) -> {
            if (code[0] == null) {
                code[0] = issue(system, example.getParent());
            }
            ObjectNode event = (ObjectNode) JSON.readTree(example.toFile());
            return event.put("code", code[0]).toString();
        };
    }

    /** A new change of the demo declarant's file each sample: a confirmed change cannot be confirmed twice. */
    static ColdStartBench.Preparation changeAskedFor() {
        return (system, example) -> {
            ObjectNode asked = (ObjectNode) JSON.readTree(example.resolveSibling("change.json").toFile());
            ((ObjectNode) asked.get("headers")).put("idempotency-key", "bench-" + UUID.randomUUID());
            JsonNode change = body(system.host(), "DeclarantsFunction", asked, 201);
            ObjectNode event = (ObjectNode) JSON.readTree(example.toFile());
            return event.put("procedureCode", change.get("code").asText()).toString();
        };
    }

    /**
     * Asked as the demo person asks (the answer carries the code the document will bear), then generated as the
     * queue's consumer does: the generator writes the public record a revocation acts on.
     */
    private static String issue(LocalSystem system, Path extractsEvents) throws IOException {
        FunctionHost host = system.host();
        ObjectNode ask = read(extractsEvents.resolve("ask.json"));
        JsonNode asked = body(host, "ExtractsFunction", ask, 202);
        String subject = ask.at("/requestContext/authorizer/lambda/cassNumber").asText();
        ObjectNode job = read(extractsEvents.resolve("generate.json"));
        ((ObjectNode) job.get("Records").get(0)).put("body",
                JSON.createObjectNode().put("subject", subject).put("id", asked.get("id").asText()).toString());
        String generated = host.invoke("ExtractGeneratorFunction", job.toString());
        if (!JSON.readTree(generated).path("batchItemFailures").isEmpty()) {
            throw new IllegalStateException("the extract was not generated: " + generated);
        }
        return asked.get("verificationCode").asText();
    }

    private static JsonNode body(FunctionHost host, String function, JsonNode event, int expected) throws IOException {
        JsonNode answer = JSON.readTree(host.invoke(function, event.toString()));
        if (answer.path("statusCode").asInt() != expected) {
            throw new IllegalStateException(function + " answered " + answer + ", not " + expected);
        }
        return JSON.readTree(answer.path("body").asText());
    }

    private static ObjectNode read(Path event) throws IOException {
        return (ObjectNode) JSON.readTree(event.toFile());
    }
}
