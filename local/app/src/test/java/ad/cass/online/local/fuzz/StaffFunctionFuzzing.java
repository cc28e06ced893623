package ad.cass.online.local.fuzz;

import ad.cass.online.local.FunctionHost;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One fuzzed invocation of a function CASS's staff invoke directly ({@link StaffFunction}): its example event of
 * events/ as a map of strings, members set to a word of the function's dictionary or made up (long, odd), removed,
 * null, added; or the whole payload {@code null} or {@code {}}. The Lambda runtime hands any JSON object of strings to
 * the handler, so no exception may leave it for any of them; the answer is a refusal,
 * {@code {"status":"REFUSED","detail":…}} with at most a {@code field} the event has a member of that name for, or the
 * function's success. The same invocation is made twice (a retried invocation, a staff member clicking twice): the
 * second gives no exception and no doubled effect ({@link StaffFunction.Again}).
 */
final class StaffFunctionFuzzing {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Map<String, String>> EXAMPLES = new ConcurrentHashMap<>();

    private StaffFunctionFuzzing() {
    }

    static void fuzz(StaffFunction function, FuzzedDataProvider data) {
        FunctionHost host = FuzzStack.host();
        Fuzz fuzz = new Fuzz(data);
        String json = payload(function, fuzz);
        String first = invoke(host, function, json, "first");
        String refusedOrDone = check(function, json, first);
        String second = invoke(host, function, json, "second");
        check(function, json, second);
        again(function, json, read(json, first, first), read(json, second, second), first + "\nsecond: " + second);
        Tally.count(function.logicalId(), refusedOrDone, json, first);
    }

    private static String payload(StaffFunction function, Fuzz fuzz) {
        Map<String, String> event = new LinkedHashMap<>(EXAMPLES.computeIfAbsent(function.example(), StaffFunctionFuzzing::example));
        for (int step = 0; step < 6 && !fuzz.exhausted(); step++) {
            String member = fuzz.pick(function.members());
            switch (fuzz.choose(7)) {
                case 0 -> event.put(member, function.word().apply(member, fuzz));
                case 1 -> event.put(member, fuzz.value());
                case 2 -> event.remove(member);
                case 3 -> event.put(member, null);
                case 4 -> event.put(fuzz.choose(2) == 0 ? fuzz.pick(fuzz.dictionary().fieldNames) : fuzz.text(16), fuzz.value());
                case 5 -> {
                    return fuzz.choose(2) == 0 ? "null" : "{}";
                }
                default -> event.put(member, fuzz.text(1 + fuzz.choose(4)) + event.getOrDefault(member, ""));
            }
        }
        try {
            return JSON.writeValueAsString(event);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String invoke(FunctionHost host, StaffFunction function, String json, String which) {
        try {
            return host.invoke(function.logicalId(), json);
        } catch (RuntimeException e) { // FunctionHost.FunctionFailed: the back office would get a stack trace
            throw new AssertionError(function.logicalId() + " failed instead of answering (" + which + " invocation)\nevent:  "
                    + json, e);
        }
    }

    /** @return what the tally counts: REFUSED or the success's status */
    static String check(StaffFunction function, String eventJson, String answerJson) {
        JsonNode answer = read(eventJson, answerJson, answerJson);
        if (!answer.isObject()) {
            AnswerRules.fail("not an object", eventJson, answerJson);
        }
        if ("REFUSED".equals(answer.path("status").asText())) {
            if (!answer.path("detail").isTextual() || answer.path("detail").asText().isBlank()) {
                AnswerRules.fail("a refusal that does not say why", eventJson, answerJson);
            }
            if (answer.has("field") && !function.members().contains(answer.get("field").asText())) {
                AnswerRules.fail("a refusal naming a field the event has no member for", eventJson, answerJson);
            }
            return "REFUSED";
        }
        if (!function.success().test(answer)) {
            AnswerRules.fail("neither a refusal nor the function's success", eventJson, answerJson);
        }
        return answer.path("status").asText("answered");
    }

    private static void again(StaffFunction function, String eventJson, JsonNode first, JsonNode second, String answers) {
        boolean firstRefused = "REFUSED".equals(first.path("status").asText());
        boolean kept = switch (function.again()) {
            case SAME -> second.equals(first);
            case USED_UP -> second.equals(first) || !firstRefused && "REFUSED".equals(second.path("status").asText());
            case DUPLICATE -> firstRefused ? second.equals(first) : "DUPLICATE".equals(second.path("status").asText())
                    && withoutState(second).equals(withoutState(first));
        };
        if (!kept) {
            AnswerRules.fail("the same invocation again answered otherwise (" + function.again() + ")", eventJson, answers);
        }
    }

    /** What a proof of life's record is, without what the first record changed (the pension's state, a reinstatement). */
    private static JsonNode withoutState(JsonNode answer) {
        ObjectNode copy = answer.deepCopy();
        copy.remove(java.util.List.of("status", "duplicate", "pension", "reinstatement"));
        return copy;
    }

    private static Map<String, String> example(String name) {
        try {
            return JSON.readValue(ad.cass.online.testing.TestStack.projectRoot().resolve("events").resolve(name).toFile(),
                    JSON.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, String.class));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String eventJson, String json, String answerJson) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || node.isMissingNode() || node.isNull()) {
                AnswerRules.fail("no answer", eventJson, answerJson);
            }
            return node;
        } catch (IOException e) {
            AnswerRules.fail("not JSON", eventJson, answerJson);
            return null;
        }
    }
}
