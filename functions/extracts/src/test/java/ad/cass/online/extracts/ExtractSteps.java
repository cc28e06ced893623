package ad.cass.online.extracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.http.AuthorizerContext;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.reports.Readback;
import ad.cass.online.reports.seal.SealKey;
import ad.cass.online.reports.seal.SealedPdfs;
import ad.cass.online.testing.FunctionCalls;
import ad.cass.online.testing.TestQueues;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The extracts API and the queue's consumer built from the test stack's environment as Lambda builds them, and the
 * steps every extracts test takes with them: ask, deliver the queue, read the status, download the sealed file.
 */
final class ExtractSteps {
    static final ObjectMapper JSON = new ObjectMapper();

    final TestStack stack;
    final FunctionCalls api;
    final ExtractsQueueFunction generator;

    ExtractSteps(TestStack stack, Clock clock) {
        this.stack = stack;
        this.api = new FunctionCalls("extracts", Env.with(stack.environment("ExtractsFunction"),
                () -> new ExtractsApiFunction(ExtractsApiFunction.Services.fromEnvironment(clock))));
        this.generator = Env.with(stack.environment("ExtractGeneratorFunction"),
                () -> new ExtractsQueueFunction(ExtractsQueueFunction.Services.fromEnvironment(clock)));
    }

    static Consumer<APIGatewayV2HTTPEvent> ask(String key, String body) {
        return e -> {
            e.getHeaders().put("idempotency-key", key);
            e.setBody(body);
        };
    }

    /** Who asks, as the authorizer tells the function: the person signed in, the active profile, the language. */
    static Consumer<APIGatewayV2HTTPEvent> as(CassNumber person, String profileId, String language) {
        return e -> {
            Map<String, Object> context = e.getRequestContext().getAuthorizer().getLambda();
            context.put("cassNumber", person.value());
            context.put("profileId", profileId);
            context.put(AuthorizerContext.LANGUAGE, language);
        };
    }

    /** Downloads through the presigned address, as the portal's browser does. */
    static byte[] fetch(String url) throws Exception {
        HttpResponse<byte[]> got = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, got.statusCode());
        return got.body();
    }

    JsonNode status(String id, Consumer<APIGatewayV2HTTPEvent> who) throws Exception {
        return api.ok("status.json", who.andThen(e -> e.setPathParameters(Map.of("id", id))));
    }

    /** Asked, generated, downloaded: the READY request and the sealed PDF's pages. */
    record Issued(JsonNode request, byte[] pdf, List<String> pages) {
    }

    /** Asks for a PDF, delivers the one message, downloads it and checks CASS's seal on it. */
    Issued issue(String key, String body, Consumer<APIGatewayV2HTTPEvent> who) throws Exception {
        APIGatewayV2HTTPResponse asked = api.call("ask.json", ask(key, body).andThen(who));
        assertEquals(202, asked.getStatusCode(), asked.getBody());
        String id = JSON.readTree(asked.getBody()).get("id").asText();
        assertEquals(1, TestQueues.deliver(stack, "ExtractQueue", generator));
        JsonNode ready = status(id, who);
        assertEquals("READY", ready.get("state").asText(), ready.toString());
        byte[] pdf = fetch(ready.at("/download/url").asText());
        SealedPdfs.verify(pdf, SealKey.fromPem(TestStack.AUTHORITY.sealPem(TestStack.SEAL)).certificate());
        // the text as one line per page: a name may wrap at the end of a line
        return new Issued(ready, pdf, Readback.pages(pdf).stream().map(p -> p.replaceAll("\\s+", " ")).toList());
    }
}
