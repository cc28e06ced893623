package ad.cass.online.local.fuzz;

import ad.cass.online.aws.http.AuthorizerContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes to what the authorizer passed on ({@code requestContext.authorizer.lambda}): nobody, another of the example
 * callers, one entry changed or missing. The authorizer only ever reports its own failure as {@code passing} or
 * {@code internal}; {@code internal} is a 500 by design (ListProfilesIT), so the only fault made here is {@code passing},
 * whose 503 the answer rules accept.
 */
final class AuthorizerContexts {
    private static final List<String> KEYS = List.of(AuthorizerContext.CASS_NUMBER, AuthorizerContext.PROFILE_ID,
            AuthorizerContext.SESSION_ID, AuthorizerContext.METHOD, AuthorizerContext.LANGUAGE);
    private static final List<String> PROFILE_KINDS = List.of("own", "dependant", "self-employed", "company",
            "household-employer", "");

    private AuthorizerContexts() {
    }

    static void mutate(Fuzz fuzz, APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
        Map<String, Object> lambda = context.getAuthorizer() == null || context.getAuthorizer().getLambda() == null
                ? new LinkedHashMap<>() : new LinkedHashMap<>(context.getAuthorizer().getLambda());
        switch (fuzz.choose(7)) {
            case 0 -> lambda.clear(); // anonymous: the authorizer lets every request through
            case 1 -> {
                lambda.clear();
                lambda.putAll(fuzz.pick(fuzz.dictionary().principalContexts()));
            }
            case 2 -> lambda.put(fuzz.pick(KEYS), fuzz.value());
            case 3 -> lambda.remove(fuzz.pick(KEYS));
            case 4 -> lambda.put(AuthorizerContext.PROFILE_ID, fuzz.pick(PROFILE_KINDS) + ":" + fuzz.value());
            case 5 -> lambda.put(fuzz.pick(KEYS), fuzz.choose(2) == 0 ? (Object) fuzz.choose(1000) : Boolean.TRUE); // not a string
            default -> {
                lambda.clear();
                lambda.put(AuthorizerContext.FAULT, AuthorizerContext.PASSING);
            }
        }
        if (context.getAuthorizer() == null) {
            context.setAuthorizer(new APIGatewayV2HTTPEvent.RequestContext.Authorizer());
        }
        context.getAuthorizer().setLambda(lambda);
    }
}
