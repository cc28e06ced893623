package ad.cass.online.authorizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.identity.DynamoSessionStore;
import ad.cass.online.domain.identity.AuthMethod;
import ad.cass.online.domain.identity.Session;
import ad.cass.online.domain.identity.SessionToken;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.testing.Events;
import ad.cass.online.testing.RefusingAws;
import ad.cass.online.testing.TestPeople;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2CustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.SimpleIAMPolicyResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The REQUEST authorizer, driven by events/authorizer/*.json, against the local engines (moto). */
class SessionAuthorizerIT {
    /** The token written in events/authorizer/bearer-token.json. */
    static final String EVENT_TOKEN = "dGhpcy1pcy1hLWZpeGVkLXRlc3QtdG9rZW4tMTAwMDA";
    static TestStack stack;
    static DynamoSessionStore sessions;
    static SessionAuthorizerFunction function;

    @BeforeAll
    static void deploy() {
        stack = TestStack.create();
        sessions = new DynamoSessionStore(stack.dynamo(), stack.name("SessionsTable"));
        function = stack.build("AuthorizerFunction", SessionAuthorizerFunction::new);
    }

    static SimpleIAMPolicyResponse call(String eventFile) {
        return function.handleRequest(Events.read("authorizer", eventFile, APIGatewayV2CustomAuthorizerEvent.class), null);
    }

    /** Issue 17: and the session's language, which every answer to the caller is written in. */
    @Test
    void aLiveSessionPassesThePersonProfileAndLanguageOn() {
        Instant now = Instant.now();
        sessions.create(new Session(SessionToken.hash(EVENT_TOKEN), TestPeople.HOLDER, "dependant:100003C", AuthMethod.PIN,
                now, now, Language.FR), now.plus(Duration.ofMinutes(30)), now.plus(Duration.ofHours(12)));
        SimpleIAMPolicyResponse response = call("bearer-token.json");
        assertTrue(response.getIsAuthorized());
        assertEquals(Map.of("cassNumber", "100001A", "profileId", "dependant:100003C",
                "sessionId", SessionToken.hash(EVENT_TOKEN), "authMethod", "PIN", "language", "fr"), response.getContext());

        sessions.revoke(SessionToken.hash(EVENT_TOKEN));
        assertEquals(Map.of(), call("bearer-token.json").getContext(), "a revoked session identifies nobody at once");
    }

    @ParameterizedTest(name = "{0}: no principal, and the function answers 401")
    @ValueSource(strings = {"no-token.json", "malformed-token.json", "basic-scheme.json"})
    void anythingElseIdentifiesNobody(String eventFile) {
        SimpleIAMPolicyResponse response = call(eventFile);
        assertTrue(response.getIsAuthorized(), "the function, not API Gateway, answers with a problem document");
        assertEquals(Map.of(), response.getContext());
    }

    @Test
    void anExpiredSessionIdentifiesNobody() {
        Instant longAgo = Instant.now().minus(Duration.ofHours(13));
        String token = SessionToken.generate();
        sessions.create(new Session(SessionToken.hash(token), TestPeople.HOLDER, "own:100001A", AuthMethod.PIN,
                longAgo, Instant.now().minus(Duration.ofMinutes(5))), Instant.now().plus(Duration.ofMinutes(25)),
                Instant.now().plus(Duration.ofMinutes(25)));
        APIGatewayV2CustomAuthorizerEvent event = Events.read("authorizer", "bearer-token.json", APIGatewayV2CustomAuthorizerEvent.class);
        event.setHeaders(Map.of("authorization", "Bearer " + token));
        assertEquals(Map.of(), function.handleRequest(event, null).getContext(), "past the 12 h absolute limit");
    }

    @Test
    void aThrottledSessionStoreIsPassedOnAsAFaultNotAnError() {
        try (RefusingAws throttling = RefusingAws.throttlingDynamoDb()) {
            Map<String, String> env = new HashMap<>(stack.environment("AuthorizerFunction"));
            env.put("AWS_ENDPOINT_URL_DYNAMODB", throttling.endpoint());
            SessionAuthorizerFunction throttled = Env.with(env, SessionAuthorizerFunction::new);
            SimpleIAMPolicyResponse response = throttled.handleRequest(
                    Events.read("authorizer", "bearer-token.json", APIGatewayV2CustomAuthorizerEvent.class), null);
            assertTrue(response.getIsAuthorized(), "a thrown authorizer would be API Gateway's bare 500");
            assertEquals(Map.of("authorizerFault", "passing"), response.getContext(), "the function answers 503");
            assertTrue(throttling.calls() > 1, "the SDK retried first");
        }
    }
}
