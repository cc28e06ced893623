package ad.cass.online.auth;

import ad.cass.online.api.PersonView;
import ad.cass.online.api.ProfileView;
import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.Priming;
import ad.cass.online.aws.Settings;
import ad.cass.online.aws.dynamodb.DynamoPersonStore;
import ad.cass.online.aws.dynamodb.DynamoSessionStore;
import ad.cass.online.aws.http.ApiFunction;
import ad.cass.online.aws.http.ApiRequest;
import ad.cass.online.aws.http.ApiResponse;
import ad.cass.online.aws.http.JsonBody;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.session.LoginResult;
import ad.cass.online.domain.session.LoginService;
import ad.cass.online.security.Argon2idPinHasher;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** HTTP API routes under /auth: sign-in (template.yaml, AuthFunction). */
public final class AuthApiFunction extends ApiFunction {
    /** Longest PIN we accept to hash: bounds the work an attacker can make us do. */
    static final int MAX_PIN_LENGTH = 128;

    private final LoginService login;
    /** Held so the SnapStart hook stays registered (CRaC keeps resources weakly). */
    private Priming priming;

    public AuthApiFunction() {
        this(wire(DynamoDbClients.create()));
        this.priming = Priming.register(this::prime);
    }

    public AuthApiFunction(LoginService login) {
        this.login = login;
    }

    private static LoginService wire(DynamoDbClient dynamo) {
        DynamoPersonStore people = new DynamoPersonStore(dynamo, Settings.peopleTable());
        return new LoginService(people, people, new DynamoSessionStore(dynamo, Settings.sessionsTable()),
                new Argon2idPinHasher(), Settings.sessionPolicy(), Clock.systemUTC());
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return switch (request.routeKey()) {
            case "POST /auth/login" -> loginWithPin(request.jsonBody());
            default -> unknownRoute(request);
        };
    }

    private ApiResponse loginWithPin(JsonBody body) {
        CassNumber cassNumber = CassNumber.of(body.requiredString("cassNumber", 7));
        char[] pin = body.requiredString("pin", MAX_PIN_LENGTH).toCharArray();
        try {
            LoginResult result = login.loginWithPin(cassNumber, pin);
            return ApiResponse.ok(new LoginView(result.token(), "Bearer", PersonView.of(result.person()),
                    ProfileView.of(result.profiles()), result.session().profileId()));
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    record LoginView(String token, String tokenType, PersonView person, List<ProfileView> profiles,
                     String activeProfileId) {
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
