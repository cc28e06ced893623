package ad.cass.online.auth;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.http.ApiFunction;
import ad.cass.online.aws.http.ApiRequest;
import ad.cass.online.aws.http.ApiResponse;
import ad.cass.online.aws.http.MutualTlsEvents;
import ad.cass.online.aws.identity.DynamoSessionStore;
import ad.cass.online.aws.identity.SessionSettings;
import ad.cass.online.aws.metrics.SignInOutcome;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.person.PeopleSettings;
import ad.cass.online.aws.signin.LoginView;
import ad.cass.online.domain.error.Unauthenticated;
import ad.cass.online.domain.signin.CertificateLoginService;
import ad.cass.online.domain.signin.ClientCertificates;
import ad.cass.online.domain.signin.SessionOpener;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.util.Map;

/**
 * POST /auth/login/certificate behind API Gateway mutual TLS (template.yaml, CertificateLoginFunction):
 * sign-in with the government electronic certificate. Lambda calls {@link #handleMtlsRequest}, which reads
 * the client certificate from {@code requestContext.authentication.clientCert}.
 */
public final class CertificateLoginFunction extends ApiFunction {
    private final Services services;

    /** The domain service this function translates to, built once per container. */
    public record Services(CertificateLoginService login) {
        /** From the environment template.yaml sets (GOVERNMENT_CA_PEM: the trusted authorities), on this clock. */
        public static Services fromEnvironment(Clock clock) {
            var dynamo = DynamoDbClients.create();
            var people = new DynamoPersonStore(dynamo, PeopleSettings.peopleTable());
            var trusted = ClientCertificates.parseBundle(Env.optional("GOVERNMENT_CA_PEM").orElse(""));
            return new Services(new CertificateLoginService(new ClientCertificates(trusted, clock), people,
                    new SessionOpener(new DynamoSessionStore(dynamo, SessionSettings.sessionsTable()),
                            SessionSettings.openingPolicy(), clock)));
        }
    }

    /** Lambda: the clients, once per container, from the environment template.yaml sets. */
    public CertificateLoginFunction() {
        this(Services.fromEnvironment(Clock.systemUTC()));
    }

    /** Tests: the services ready-made. */
    public CertificateLoginFunction(Services services) {
        this.services = services;
    }

    public APIGatewayV2HTTPResponse handleMtlsRequest(Map<String, Object> event, Context context) {
        return respond(MutualTlsEvents.httpEvent(event), MutualTlsEvents.clientCertPem(event), context);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return switch (request.routeKey()) {
            case "POST /auth/login/certificate" -> SignInOutcome.counted("GOVERNMENT_CERTIFICATE", () -> ApiResponse.ok(LoginView.of(
                    services.login().login(request.clientCertificatePem().orElseThrow(Unauthenticated::new)))));
            default -> unknownRoute(request);
        };
    }

    /** SnapStart priming: a request without a certificate, refused before any lookup. */
    @Override
    protected void prime() {
        handleMtlsRequest(Map.of("routeKey", "POST /auth/login/certificate", "rawPath", "/auth/login/certificate"), null);
    }
}
