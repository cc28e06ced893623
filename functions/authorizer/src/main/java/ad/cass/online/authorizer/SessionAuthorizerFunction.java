package ad.cass.online.authorizer;

import ad.cass.online.aws.Deadline;
import ad.cass.online.aws.LambdaFunction;
import ad.cass.online.aws.PassingFaults;
import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.http.ApiRequest;
import ad.cass.online.aws.http.AuthorizerContext;
import ad.cass.online.aws.identity.DynamoSessionStore;
import ad.cass.online.aws.identity.SessionSettings;
import ad.cass.online.aws.logging.RequestLogging;
import ad.cass.online.domain.error.Unavailable;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.identity.SessionAuthenticator;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2CustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.SimpleIAMPolicyResponse;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API's Lambda REQUEST authorizer (payload 2.0, simple responses, no caching so a logout takes
 * effect at once). It identifies the caller from the bearer token and passes them on in the context.
 * <p>It lets anonymous requests through with an empty context: an HTTP API cannot shape an authorizer's
 * denial (always a bare 403), and the portal's contract is an RFC 9457 401. The function refuses any
 * request without a principal ({@code ApiRequest.principal()}), and what a principal may see is decided
 * in the domain on every read and write.
 */
public final class SessionAuthorizerFunction extends LambdaFunction
        implements RequestHandler<APIGatewayV2CustomAuthorizerEvent, SimpleIAMPolicyResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(SessionAuthorizerFunction.class);
    private static final String BEARER = "bearer ";

    private final Services services;

    /** The domain service this function translates to, built once per container. */
    public record Services(SessionAuthenticator authenticator) {
        /** From the environment template.yaml sets. */
        public static Services fromEnvironment() {
            return new Services(new SessionAuthenticator(new DynamoSessionStore(DynamoDbClients.create(),
                    SessionSettings.sessionsTable()), SessionSettings.sessionPolicy(), Clock.systemUTC()));
        }
    }

    /** Lambda: the clients, once per container, from the environment template.yaml sets. */
    public SessionAuthorizerFunction() {
        this(Services.fromEnvironment());
    }

    /** Tests: the services ready-made. */
    public SessionAuthorizerFunction(Services services) {
        this.services = services;
    }

    @Override
    public SimpleIAMPolicyResponse handleRequest(APIGatewayV2CustomAuthorizerEvent event, Context context) {
        String correlationId = Optional.ofNullable(event.getRequestContext())
                .map(APIGatewayV2CustomAuthorizerEvent.RequestContext::getRequestId).orElse("none");
        return RequestLogging.around(context, correlationId, () -> SimpleIAMPolicyResponse.builder()
                .withIsAuthorized(true)
                .withContext(Deadline.within(context, () -> identify(event)))
                .build());
    }

    /**
     * The caller's principal, nothing for an anonymous caller, or the fault when the session store failed:
     * an authorizer that throws makes API Gateway answer a bare 500, so the function behind answers instead
     * (503 problem+json with Retry-After when the failure passes).
     */
    private Map<String, String> identify(APIGatewayV2CustomAuthorizerEvent event) {
        try {
            Optional<Principal> principal = bearerToken(event.getHeaders()).flatMap(services.authenticator()::authenticate);
            if (principal.isEmpty()) {
                LOG.info("anonymous request to {}", event.getRouteKey());
            }
            return principal.map(AuthorizerContext::of).orElse(Map.of());
        } catch (RuntimeException e) {
            boolean passing = e instanceof Unavailable || PassingFaults.isPassing(e);
            if (passing) {
                LOG.warn("session store unavailable on {}: {}", event.getRouteKey(), e.getClass().getSimpleName());
            } else {
                LOG.error("authorizer failed on {}", event.getRouteKey(), e);
            }
            return AuthorizerContext.fault(passing);
        }
    }

    static Optional<String> bearerToken(Map<String, String> headers) {
        if (headers == null) {
            return Optional.empty();
        }
        return headers.entrySet().stream()
                .filter(e -> "authorization".equalsIgnoreCase(e.getKey()))
                .map(Map.Entry::getValue)
                .filter(v -> v != null && v.length() > BEARER.length()
                        && v.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER))
                .map(v -> v.substring(BEARER.length()).trim())
                .findFirst();
    }

    @Override
    protected void prime() {
        APIGatewayV2CustomAuthorizerEvent event = APIGatewayV2CustomAuthorizerEvent.builder()
                .withRouteKey("GET /profiles")
                .withHeaders(Map.of("authorization", "Bearer " + "A".repeat(43)))
                .build();
        handleRequest(event, null);
    }
}
