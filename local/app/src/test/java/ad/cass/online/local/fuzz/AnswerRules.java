package ad.cass.online.local.fuzz;

import ad.cass.online.aws.http.AuthorizerContext;
import ad.cass.online.domain.identity.AuthMethod;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.testing.ApiContract;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every answer to a fuzzed request must be (issue 23): never a 5xx, a 4xx always an RFC 9457 problem
 * ({@code application/problem+json}) whose {@code type} is one openapi.yaml names, and headers API Gateway can send
 * (one it cannot is a 5xx from the gateway). The one 5xx accepted is the 503 with Retry-After that answers an authorizer
 * reporting its store's passing failure: with the emulators up nothing else passes, so any other 503 is a finding too.
 */
final class AnswerRules {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern FIELD_VALUE = Pattern.compile("[\\t\\x20-\\x7E\\x80-\\uFFFF]*");
    private static Set<String> problemTypes;

    private AnswerRules() {
    }

    /** The problem types of the contract: the enum of {@code Problem.type} in openapi.yaml. */
    static synchronized Set<String> problemTypes() {
        if (problemTypes == null) {
            Set<String> types = new HashSet<>();
            ApiContract.document().at("/components/schemas/Problem/properties/type/enum").forEach(t -> types.add(t.asText()));
            if (types.isEmpty()) {
                throw new IllegalStateException("openapi.yaml names no problem type under components.schemas.Problem");
            }
            problemTypes = Set.copyOf(types);
        }
        return problemTypes;
    }

    /** Fails (AssertionError, which Jazzer reports with the input) when the function's answer breaks a rule. */
    static void checkHttp(String eventJson, String answerJson) {
        JsonNode event = read(eventJson, eventJson, answerJson);
        JsonNode answer = read(answerJson, eventJson, answerJson);
        int status = answer.path("statusCode").asInt(-1);
        if (status < 200 || status > 599) {
            fail("no valid statusCode", eventJson, answerJson);
        }
        headers(answer, eventJson, answerJson);
        if (status >= 500) {
            boolean authorizerPassing = AuthorizerContext.PASSING.equals(
                    event.at("/requestContext/authorizer/lambda/" + AuthorizerContext.FAULT).asText(null));
            if (!(status == 503 && authorizerPassing && header(answer, "retry-after") != null)) {
                fail("a " + status, eventJson, answerJson);
            }
        }
        if (status >= 400) {
            String type = header(answer, "content-type");
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
                fail("a " + status + " that is not application/problem+json", eventJson, answerJson);
            }
            JsonNode problem = read(answer.path("body").asText(""), eventJson, answerJson);
            if (!problemTypes().contains(problem.path("type").asText())) {
                fail("a problem type openapi.yaml does not name", eventJson, answerJson);
            }
            if (problem.path("status").asInt() != status || !problem.path("title").isTextual() || !problem.path("detail").isTextual()) {
                fail("a problem without its status, title or detail", eventJson, answerJson);
            }
        }
    }

    /**
     * The authorizer's rules: it lets every request through (the function answers the 401), with nobody, a principal
     * the functions can read, or a fault; with the emulators up its store does not fail, so any fault is a finding.
     */
    static void checkAuthorizer(String eventJson, String answerJson) {
        JsonNode answer = read(answerJson, eventJson, answerJson);
        if (!answer.path("isAuthorized").asBoolean(false)) {
            fail("a request not let through", eventJson, answerJson);
        }
        JsonNode context = answer.path("context");
        if (context.isMissingNode() || context.isNull() || context.isEmpty()) {
            return;
        }
        if (context.has(AuthorizerContext.FAULT)) {
            fail("the authorizer failed", eventJson, answerJson);
        }
        if (!CassNumber.isWellFormed(context.path(AuthorizerContext.CASS_NUMBER).asText())
                || AuthMethod.parse(context.path(AuthorizerContext.METHOD).asText()) == null
                || !context.path(AuthorizerContext.PROFILE_ID).isTextual() || !context.path(AuthorizerContext.SESSION_ID).isTextual()) {
            fail("a principal the functions cannot read", eventJson, answerJson);
        }
    }

    /** The status of a function's answer, for the tally. */
    static int status(String answerJson) {
        try {
            return JSON.readTree(answerJson).path("statusCode").asInt(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void headers(JsonNode answer, String eventJson, String answerJson) {
        for (Iterator<Map.Entry<String, JsonNode>> it = answer.path("headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            if (!TOKEN.matcher(header.getKey()).matches() || !FIELD_VALUE.matcher(header.getValue().asText()).matches()) {
                fail("a header API Gateway cannot send: " + header.getKey(), eventJson, answerJson);
            }
        }
    }

    private static String header(JsonNode answer, String name) {
        for (Iterator<Map.Entry<String, JsonNode>> it = answer.path("headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue().asText();
            }
        }
        return null;
    }

    private static JsonNode read(String json, String eventJson, String answerJson) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || node.isMissingNode()) {
                fail("no JSON where some is due", eventJson, answerJson);
            }
            return node;
        } catch (IOException e) {
            fail("not JSON where JSON is due", eventJson, answerJson);
            return null;
        }
    }

    static void fail(String what, String eventJson, String answerJson) {
        throw new AssertionError(what + "\nevent:  " + shorter(eventJson) + "\nanswer: " + shorter(answerJson));
    }

    private static String shorter(String text) {
        return text == null || text.length() <= 4_000 ? text : text.substring(0, 4_000) + "… (" + text.length() + " chars)";
    }
}
