package ad.cass.online.aws.http;

import ad.cass.online.aws.Deadline;
import ad.cass.online.aws.Env;
import ad.cass.online.aws.LambdaFunction;
import ad.cass.online.aws.PassingFaults;
import ad.cass.online.aws.logging.RequestLogging;
import ad.cass.online.domain.error.DomainException;
import ad.cass.online.domain.error.Unavailable;
import ad.cass.online.domain.text.Text;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The translation every HTTP function shares: API Gateway event in, {@link #handle} on a checked
 * request, response or RFC 9457 problem out. A client mistake never becomes a 5xx, and a 5xx never
 * carries internal detail: that goes to the log, tied to the correlation id the client also sees.
 */
public abstract class ApiFunction extends LambdaFunction implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(ApiFunction.class);

    private final int maxBodyBytes = Env.integer("MAX_BODY_BYTES", 16 * 1024);

    protected abstract ApiResponse handle(ApiRequest request);

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return respond(event, null, context);
    }

    /** For handlers that read more of the raw event than the events library models (mutual TLS). */
    protected final APIGatewayV2HTTPResponse respond(APIGatewayV2HTTPEvent event, String clientCertPem, Context context) {
        ApiRequest request = new ApiRequest(event, maxBodyBytes, clientCertPem);
        String correlationId = request.correlationId();
        // every answer, success or problem, in the reader's language and saying so (issue 17)
        return RequestLogging.around(context, correlationId, request.routeKey(),
                () -> Deadline.within(context, () -> answer(request)).toEvent(correlationId, request.language()));
    }

    private ApiResponse answer(ApiRequest request) {
        try {
            return handle(request);
        } catch (Unavailable e) {
            return unavailable(request, e.what());
        } catch (DomainException e) {
            LOG.info("refused {}: {}", request.routeKey(), e.getClass().getSimpleName());
            return problem(request, Problem.of(e));
        } catch (ApiRequest.PayloadTooLarge e) {
            return problem(request, new Problem(ProblemType.PAYLOAD_TOO_LARGE,
                    "El cos de la petició supera la mida màxima permesa.", "body"));
        } catch (ApiRequest.UnsupportedMediaType e) {
            return problem(request, new Problem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "El cos de la petició ha de ser application/json.", "body"));
        } catch (ApiRequest.AuthorizerFailed e) {
            return e.passing() ? unavailable(request, "the authorizer's store") : internal(request, e);
        } catch (RuntimeException e) {
            // a call no store wrapped: the generic rule still tells a passing failure from a bug of ours
            return PassingFaults.isPassing(e) ? unavailable(request, e.getClass().getSimpleName()) : internal(request, e);
        }
    }

    private static ApiResponse unavailable(ApiRequest request, String what) {
        LOG.warn("unavailable on {}: {}", request.routeKey(), what);
        return problem(request, new Problem(ProblemType.SERVICE_UNAVAILABLE, Unavailable.TRY_AGAIN, null));
    }

    private static ApiResponse internal(ApiRequest request, Exception e) {
        LOG.error("unhandled failure on {}", request.routeKey(), e);
        return problem(request, new Problem(ProblemType.INTERNAL, Text.of(
                "S'ha produït un error inesperat. Si es repeteix, contacteu amb la CASS indicant la referència {0}.",
                request.correlationId()), null));
    }

    private static ApiResponse problem(ApiRequest request, Problem problem) {
        return problem.toResponse(request.path(), request.language());
    }

    /** Routing fallback: a route this function does not serve. */
    /**
     * For SnapStart priming: {@code routeKey} asked by a signed-in person who does not exist (000000A), so the
     * whole request path runs and is refused at the access guard, touching nobody's data. In French, so the
     * translations are loaded before the snapshot rather than on a person's first request.
     */
    protected static APIGatewayV2HTTPEvent primingRequest(String routeKey) {
        return APIGatewayV2HTTPEvent.builder()
                .withRouteKey(routeKey)
                .withRawPath(routeKey.substring(routeKey.indexOf(' ') + 1))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                .withLambda(Map.of("cassNumber", "000000A", "profileId", "own:000000A",
                                        "sessionId", "priming", "authMethod", "PIN", AuthorizerContext.LANGUAGE, "fr"))
                                .build())
                        .build())
                .build();
    }

    protected static ApiResponse unknownRoute(ApiRequest request) {
        return problem(request, new Problem(ProblemType.NOT_FOUND, "Aquesta adreça no existeix.", null));
    }
}
