package ad.cass.online.local.fuzz;

import ad.cass.online.local.FunctionHost;
import ad.cass.online.local.engines.LambdaEvents;
import ad.cass.online.local.engines.SamTemplate;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One fuzzed request to one function of the HTTP API, run as Lambda runs it: an example event of one of the function's
 * routes, read into the events library's APIGatewayV2HTTPEvent, changed as the input says, written back by the Lambda
 * runtime's serialiser and handed to the function's no-argument instance with the template's environment (FunctionHost),
 * its answer held to {@link AnswerRules}.
 */
final class HttpFunctionFuzzing {
    private static final Map<String, HttpFunctionFuzzing> BY_FUNCTION = new ConcurrentHashMap<>();

    private final String function;
    private final Examples examples;
    private final RequestMutations mutations;
    private final boolean mutualTls;

    private HttpFunctionFuzzing(String function, List<SamTemplate.Route> routes, boolean mutualTls) {
        this.function = function;
        this.examples = Examples.ofRoutes(routes.stream().map(SamTemplate.Route::routeKey).collect(Collectors.toSet()));
        this.mutations = new RequestMutations(routes);
        this.mutualTls = mutualTls;
    }

    /** Runs one input against the function of template.yaml with this logical id. */
    static void fuzz(String functionLogicalId, FuzzedDataProvider data) {
        FunctionHost host = FuzzStack.host();
        BY_FUNCTION.computeIfAbsent(functionLogicalId, id -> of(id, host)).run(new Fuzz(data), host);
    }

    private static HttpFunctionFuzzing of(String function, FunctionHost host) {
        List<SamTemplate.Route> routes = host.template().routes().stream()
                .filter(r -> r.functionLogicalId().equals(function)).toList();
        if (routes.isEmpty()) {
            throw new IllegalArgumentException(function + " serves no route of template.yaml");
        }
        // the function's handler reads the raw event for the client certificate (handleMtlsRequest)
        boolean mutualTls = host.resolve(function).handler().endsWith("::handleMtlsRequest");
        return new HttpFunctionFuzzing(function, routes, mutualTls);
    }

    private void run(Fuzz fuzz, FunctionHost host) {
        APIGatewayV2HTTPEvent event = LambdaEvents.fromJson(examples.choose(fuzz).json(), APIGatewayV2HTTPEvent.class);
        String certificate = mutualTls ? ClientCertificates.choose(fuzz) : null;
        mutations.apply(fuzz, event);
        String json = LambdaEvents.toJson(event);
        if (mutualTls) {
            json = ClientCertificates.presented(json, certificate);
        }
        String answer;
        try {
            answer = host.invoke(function, json);
        } catch (RuntimeException e) { // FunctionHost.FunctionFailed: it threw, or ran past its Timeout
            throw new AssertionError(function + " failed instead of answering\nevent:  " + json, e);
        }
        AnswerRules.checkHttp(json, answer);
        Tally.count(function, Integer.toString(AnswerRules.status(answer)), json, answer);
    }
}
