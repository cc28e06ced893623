package ad.cass.online.auth;

import static ad.cass.online.domain.signin.SigninLimits.Route.PIN_RESET;
import static ad.cass.online.domain.signin.SigninLimits.Route.SIGNIN;

import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.http.ApiFunction;
import ad.cass.online.aws.http.ApiRequest;
import ad.cass.online.aws.http.ApiResponse;
import ad.cass.online.aws.http.JsonBody;
import ad.cass.online.aws.identity.DynamoSessionStore;
import ad.cass.online.aws.metrics.Counted;
import ad.cass.online.aws.metrics.OperationsMetrics;
import ad.cass.online.aws.metrics.SignInOutcome;
import ad.cass.online.aws.identity.SessionSettings;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.person.PeopleSettings;
import ad.cass.online.aws.person.ProfileView;
import ad.cass.online.aws.signin.Argon2idPinHasher;
import ad.cass.online.aws.signin.DynamoRateCounter;
import ad.cass.online.aws.signin.DynamoContractStore;
import ad.cass.online.aws.signin.DynamoLockoutStore;
import ad.cass.online.aws.signin.DynamoPinResetStore;
import ad.cass.online.aws.signin.LoginView;
import ad.cass.online.aws.signin.SigninSettings;
import ad.cass.online.aws.signin.SqsNoticeQueue;
import ad.cass.online.aws.sqs.SqsClients;
import ad.cass.online.domain.identity.SessionService;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Profile;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.domain.signin.AnswerFloor;
import ad.cass.online.domain.signin.LoginResult;
import ad.cass.online.domain.signin.LoginService;
import ad.cass.online.domain.signin.PinPolicy;
import ad.cass.online.domain.signin.PinResetService;
import ad.cass.online.domain.signin.SigninLimits;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;

/** HTTP API routes of sign-in and the session (template.yaml, AuthFunction). */
public final class AuthApiFunction extends ApiFunction {
    /** Longest secret we accept to hash: bounds the work an attacker can make us do. */
    static final int MAX_PIN_LENGTH = PinPolicy.MAX_LENGTH;

    /** The domain services this function translates to, built once per container. */
    public record Services(LoginService login, PinResetService pinReset, SessionService sessions, SigninLimits limits,
                           AnswerFloor resetFloor) {
        /** From the environment template.yaml sets, on the given clock (tests move it). */
        public static Services fromEnvironment(Clock clock) {
            var dynamo = DynamoDbClients.create();
            String peopleTable = PeopleSettings.peopleTable();
            var people = new DynamoPersonStore(dynamo, peopleTable);
            var lockouts = new DynamoLockoutStore(dynamo, peopleTable);
            var sessions = new DynamoSessionStore(dynamo, SessionSettings.sessionsTable());
            var hasher = new Argon2idPinHasher();
            var notices = new SqsNoticeQueue(SqsClients.deferred(), SigninSettings.noticeQueueUrl());
            var limits = new SigninLimits(new DynamoRateCounter(dynamo, SigninSettings.limitsTable()),
                    SigninSettings.signinPerAddress(), SigninSettings.pinResetPerAddress(),
                    SigninSettings.resetMailsPerAccount(), clock);
            return new Services(
                    new LoginService(people, new DynamoContractStore(dynamo, peopleTable), lockouts, sessions,
                            hasher, notices, SessionSettings.openingPolicy(), SigninSettings.lockoutPolicy(), clock),
                    new PinResetService(people, new DynamoPinResetStore(dynamo, peopleTable), sessions, lockouts, hasher,
                            notices, limits, SigninSettings.portalUrl(), SigninSettings.pinResetValidity(), clock),
                    new SessionService(sessions, people),
                    limits,
                    SigninSettings.pinResetAnswerFloor());
        }
    }

    private final Services services;

    /** Lambda: the clients, once per container, from the environment template.yaml sets. */
    public AuthApiFunction() {
        this(Services.fromEnvironment(Clock.systemUTC()));
    }

    /** Tests: the services ready-made. */
    public AuthApiFunction(Services services) {
        this.services = services;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return switch (request.routeKey()) {
            case "POST /auth/login" -> loginWithPin(admitted(SIGNIN, request).jsonBody());
            case "POST /auth/login/contract" -> loginWithContract(admitted(SIGNIN, request).jsonBody());
            case "POST /auth/pin-reset" -> requestPinReset(admitted(PIN_RESET, request).jsonBody(), request.language());
            case "POST /auth/pin-reset/confirm" -> confirmPinReset(admitted(PIN_RESET, request).jsonBody());
            case "POST /auth/logout" -> logout(request);
            case "PUT /session/profile" -> switchProfile(request);
            default -> unknownRoute(request);
        };
    }

    /** Issue 16, item 7: the public routes count each source address, before anything else is read. */
    private ApiRequest admitted(SigninLimits.Route route, ApiRequest request) {
        services.limits().admit(route, request.sourceAddress().orElse(null));
        return request;
    }

    private ApiResponse loginWithPin(JsonBody body) {
        return SignInOutcome.counted("PIN", () -> {
            CassNumber cassNumber = CassNumber.of(body.requiredString("cassNumber", 7));
            char[] pin = body.requiredString("pin", MAX_PIN_LENGTH).toCharArray();
            try {
                return loggedIn(services.login().loginWithPin(cassNumber, pin));
            } finally {
                Arrays.fill(pin, '\0');
            }
        });
    }

    private ApiResponse loginWithContract(JsonBody body) {
        return SignInOutcome.counted("CASS_CERTIFICATE", () -> {
            String contractNumber = body.requiredString("contractNumber", 24);
            char[] password = body.requiredString("password", MAX_PIN_LENGTH).toCharArray();
            try {
                return loggedIn(services.login().loginWithContract(contractNumber, password));
            } finally {
                Arrays.fill(password, '\0');
            }
        });
    }

    private static ApiResponse loggedIn(LoginResult result) {
        return ApiResponse.ok(LoginView.of(result));
    }

    private ApiResponse requestPinReset(JsonBody body, Language language) {
        CassNumber cassNumber = CassNumber.of(body.requiredString("cassNumber", 7));
        String email = body.requiredString("email", 254);
        services.resetFloor().around(() -> services.pinReset().request(cassNumber, email));
        return new ApiResponse(202, Map.of("message", services.pinReset().acknowledgement().in(language)));
    }

    private ApiResponse confirmPinReset(JsonBody body) {
        String token = body.requiredString("token", 256);
        char[] newPin = body.requiredString("newPin", MAX_PIN_LENGTH).toCharArray();
        try {
            services.pinReset().confirm(token, newPin);
            OperationsMetrics.count(Counted.PIN_RESET_LINKS_USED);
            return ApiResponse.noContent();
        } finally {
            Arrays.fill(newPin, '\0');
        }
    }

    private ApiResponse logout(ApiRequest request) {
        services.sessions().logout(request.principal());
        return ApiResponse.noContent();
    }

    private ApiResponse switchProfile(ApiRequest request) {
        var caller = request.principal();
        Profile chosen = services.sessions().switchProfile(caller, request.jsonBody().requiredString("profileId", 64));
        return ApiResponse.ok(new ProfileChoiceView(ProfileView.of(chosen), chosen.id()));
    }

    record ProfileChoiceView(ProfileView profile, String activeProfileId) {
    }

    /** SnapStart priming: a full failed login (JSON, Argon2id, DynamoDB, problem rendering), no session made. */
    @Override
    protected void prime() {
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withRouteKey("POST /auth/login")
                .withRawPath("/auth/login")
                .withHeaders(Map.of("content-type", "application/json"))
                .withBody("{\"cassNumber\":\"000000A\",\"pin\":\"priming-only\"}")
                .build();
        handleRequest(event, null);
    }
}
