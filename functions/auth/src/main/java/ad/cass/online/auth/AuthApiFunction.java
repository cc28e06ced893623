package ad.cass.online.auth;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.Priming;
import ad.cass.online.aws.Settings;
import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.http.ApiFunction;
import ad.cass.online.aws.http.ApiRequest;
import ad.cass.online.aws.http.ApiResponse;
import ad.cass.online.aws.http.JsonBody;
import ad.cass.online.aws.identity.DynamoSessionStore;
import ad.cass.online.aws.mail.SesMailer;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.person.ProfileView;
import ad.cass.online.aws.ses.SesClients;
import ad.cass.online.aws.signin.Argon2idPinHasher;
import ad.cass.online.aws.signin.DynamoContractStore;
import ad.cass.online.aws.signin.DynamoLockoutStore;
import ad.cass.online.aws.signin.DynamoPinResetStore;
import ad.cass.online.aws.signin.LoginView;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.identity.SessionService;
import ad.cass.online.domain.identity.SessionToken;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Profile;
import ad.cass.online.domain.signin.LoginResult;
import ad.cass.online.domain.signin.LoginService;
import ad.cass.online.domain.signin.PinPolicy;
import ad.cass.online.domain.signin.PinResetService;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;

/** HTTP API routes of sign-in and the session (template.yaml, AuthFunction). */
public final class AuthApiFunction extends ApiFunction {
    /** Longest secret we accept to hash: bounds the work an attacker can make us do. */
    static final int MAX_PIN_LENGTH = PinPolicy.MAX_LENGTH;
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}");
    /** Seed 000, §1.1.3: the same words whatever the match, so the answer says nothing about the account. */
    static final Map<String, String> RESET_REQUESTED = Map.of("message",
            "Si les dades coincideixen amb les que consten a la CASS, rebreu un correu electrònic amb un enllaç "
                    + "per activar el PIN. L'enllaç és vàlid durant 120 minuts.");

    /** The domain services this function translates to, built once per container. */
    public record Services(LoginService login, PinResetService pinReset, SessionService sessions, Duration resetFloor) {
        /** From the environment template.yaml sets, on the given clock (tests move it). */
        public static Services fromEnvironment(Clock clock) {
            var dynamo = DynamoDbClients.create();
            String peopleTable = Settings.peopleTable();
            var people = new DynamoPersonStore(dynamo, peopleTable);
            var lockouts = new DynamoLockoutStore(dynamo, peopleTable);
            var sessions = new DynamoSessionStore(dynamo, Settings.sessionsTable());
            var hasher = new Argon2idPinHasher();
            var mailer = new SesMailer(SesClients.deferred(), Settings.mailFrom());
            return new Services(
                    new LoginService(people, people, new DynamoContractStore(dynamo, peopleTable), lockouts, sessions,
                            hasher, mailer, Settings.sessionPolicy(), Settings.lockoutPolicy(), clock),
                    new PinResetService(people, new DynamoPinResetStore(dynamo, peopleTable), sessions, lockouts, hasher,
                            mailer, Settings.portalUrl(), Settings.pinResetValidity(), clock),
                    new SessionService(sessions, people),
                    Duration.ofMillis(Env.integer("PIN_RESET_MIN_MILLIS", 800)));
        }
    }

    private final Services services;
    /** Held so the SnapStart hook stays registered (CRaC keeps resources weakly). */
    private Priming priming;

    public AuthApiFunction() {
        this(Services.fromEnvironment(Clock.systemUTC()));
        this.priming = Priming.register(this::prime);
    }

    public AuthApiFunction(Services services) {
        this.services = services;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return switch (request.routeKey()) {
            case "POST /auth/login" -> loginWithPin(request.jsonBody());
            case "POST /auth/login/contract" -> loginWithContract(request.jsonBody());
            case "POST /auth/pin-reset" -> requestPinReset(request.jsonBody());
            case "POST /auth/pin-reset/confirm" -> confirmPinReset(request.jsonBody());
            case "POST /auth/logout" -> logout(request);
            case "PUT /session/profile" -> switchProfile(request);
            default -> unknownRoute(request);
        };
    }

    private ApiResponse loginWithPin(JsonBody body) {
        CassNumber cassNumber = CassNumber.of(body.requiredString("cassNumber", 7));
        char[] pin = body.requiredString("pin", MAX_PIN_LENGTH).toCharArray();
        try {
            return loggedIn(services.login().loginWithPin(cassNumber, pin));
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    private ApiResponse loginWithContract(JsonBody body) {
        String contractNumber = body.requiredString("contractNumber", 24);
        char[] password = body.requiredString("password", MAX_PIN_LENGTH).toCharArray();
        try {
            return loggedIn(services.login().loginWithContract(contractNumber, password));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static ApiResponse loggedIn(LoginResult result) {
        return ApiResponse.ok(LoginView.of(result));
    }

    private ApiResponse requestPinReset(JsonBody body) {
        long started = System.nanoTime();
        CassNumber cassNumber = CassNumber.of(body.requiredString("cassNumber", 7));
        String email = body.requiredString("email", 254);
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidInput("email", "L'adreça de correu electrònic no és vàlida.");
        }
        services.pinReset().request(cassNumber, email);
        // Answer no sooner than the floor, so a match (a write and a mail) takes as long as a miss.
        long left = services.resetFloor().toNanos() - (System.nanoTime() - started);
        if (left > 0) {
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new ApiResponse(202, RESET_REQUESTED);
    }

    private ApiResponse confirmPinReset(JsonBody body) {
        String token = body.requiredString("token", 256);
        if (token.length() != SessionToken.LENGTH) {
            throw new InvalidInput("token", "L'enllaç per activar el PIN no és complet. Copieu-lo sencer des del correu.");
        }
        char[] newPin = body.requiredString("newPin", MAX_PIN_LENGTH).toCharArray();
        try {
            services.pinReset().confirm(token, newPin);
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
    private void prime() {
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withRouteKey("POST /auth/login")
                .withRawPath("/auth/login")
                .withHeaders(Map.of("content-type", "application/json"))
                .withBody("{\"cassNumber\":\"000000A\",\"pin\":\"priming-only\"}")
                .build();
        handleRequest(event, null);
    }
}
