package ad.cass.online.local.fuzz;

import ad.cass.online.local.FunctionHost;
import ad.cass.online.local.engines.LambdaEvents;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2CustomAuthorizerEvent;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One fuzzed request to the Lambda authorizer (payload 2.0 REQUEST event, the events library's
 * APIGatewayV2CustomAuthorizerEvent). The bearer token is what it reads of what a client controls, so the first choice
 * is the token: 0 is that of a session opened at start, so that a short input gets past the session lookup; then the
 * example's own, that token altered, another scheme, text, none. Then the header spelt otherwise, other headers.
 */
final class AuthorizerFuzzing {
    private static final String FUNCTION = "AuthorizerFunction";
    private static final List<String> SCHEMES = List.of("Bearer ", "bearer ", "BEARER ", "Bearer  ", "Bearer\t", "Basic ",
            "Token ", "Bearer", "");
    private static Examples examples;

    private AuthorizerFuzzing() {
    }

    static void fuzz(FuzzedDataProvider data) {
        FunctionHost host = FuzzStack.host();
        Fuzz fuzz = new Fuzz(data);
        APIGatewayV2CustomAuthorizerEvent event = LambdaEvents.fromJson(examples().choose(fuzz).json(),
                APIGatewayV2CustomAuthorizerEvent.class);
        Map<String, String> headers = event.getHeaders() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(event.getHeaders());
        token(fuzz, headers);
        for (int step = 0; step < 4 && !fuzz.exhausted(); step++) {
            switch (fuzz.choose(3)) {
                case 0 -> {
                    String value = headers.remove("authorization");
                    headers.put(fuzz.choose(2) == 0 ? "Authorization" : "AUTHORIZATION", value == null ? fuzz.value() : value);
                    if (fuzz.choose(2) == 0) {
                        headers.put("authorization", fuzz.value()); // and a second one, spelt as payload 2.0 does
                    }
                }
                case 1 -> headers.put("cookie", fuzz.value());
                default -> headers.put(fuzz.text(32).toLowerCase(Locale.ROOT), fuzz.value());
            }
        }
        event.setHeaders(headers);
        String json = LambdaEvents.toJson(event);
        String answer;
        try {
            answer = host.invoke(FUNCTION, json);
        } catch (RuntimeException e) { // FunctionHost.FunctionFailed: API Gateway would answer a bare 500
            throw new AssertionError("the authorizer failed instead of answering\nevent:  " + json, e);
        }
        AnswerRules.checkAuthorizer(json, answer);
        Tally.count(FUNCTION, answer.contains("\"cassNumber\"") ? "principal" : "anonymous", json, answer);
    }

    private static void token(Fuzz fuzz, Map<String, String> headers) {
        String live = FuzzStack.sessionToken();
        switch (fuzz.choose(6)) {
            case 0 -> headers.put("authorization", "Bearer " + live);
            case 1 -> {
                // the example's own header
            }
            case 2 -> {
                int at = fuzz.choose(live.length() + 1);
                headers.put("authorization", "Bearer " + live.substring(0, at) + fuzz.text(8)
                        + live.substring(Math.min(live.length(), at + fuzz.choose(4))));
            }
            case 3 -> headers.put("authorization", fuzz.pick(SCHEMES) + (fuzz.choose(2) == 0 ? live : fuzz.value()));
            case 4 -> headers.put("authorization", fuzz.text(1024));
            default -> headers.remove("authorization");
        }
    }

    private static synchronized Examples examples() {
        if (examples == null) {
            examples = Examples.inFolder("authorizer");
        }
        return examples;
    }
}
