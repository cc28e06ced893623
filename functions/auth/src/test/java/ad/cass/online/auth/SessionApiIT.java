package ad.cass.online.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ad.cass.online.authorizer.SessionAuthorizerFunction;
import ad.cass.online.testing.ApiContract;
import ad.cass.online.testing.Deployed;
import ad.cass.online.testing.Events;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2CustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Logout and profile choice through the auth function, with the authorizer function in front of them as
 * API Gateway would put it: a logout takes effect on the very next request (no cache anywhere).
 */
class SessionApiIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static AuthApiFunction auth;
    static SessionAuthorizerFunction authorizer;

    @RegisterExtension
    static final Deployed STACK = Deployed.withPeople();

    @BeforeAll
    static void build() {
        TestStack stack = STACK.stack();
        auth = stack.build("AuthFunction", AuthApiFunction::new);
        authorizer = stack.build("AuthorizerFunction", SessionAuthorizerFunction::new);
    }

    static String login() throws Exception {
        APIGatewayV2HTTPResponse response = auth.handleRequest(Events.read("auth", "login.json", APIGatewayV2HTTPEvent.class), null);
        return JSON.readTree(response.getBody()).get("token").asText();
    }

    /** What API Gateway does: run the authorizer on the bearer token, pass its context to the function. */
    static APIGatewayV2HTTPResponse callAs(String token, String eventFile) {
        APIGatewayV2CustomAuthorizerEvent check = Events.read("authorizer", "bearer-token.json", APIGatewayV2CustomAuthorizerEvent.class);
        check.setHeaders(Map.of("authorization", "Bearer " + token));
        Map<String, Object> context = new java.util.HashMap<>(authorizer.handleRequest(check, null).getContext());
        APIGatewayV2HTTPEvent event = Events.read("auth", eventFile, APIGatewayV2HTTPEvent.class);
        event.getRequestContext().setAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder().withLambda(context).build());
        return ApiContract.checked(event, auth.handleRequest(event, null));
    }

    static Map<String, String> whoAmI(String token) {
        APIGatewayV2CustomAuthorizerEvent check = Events.read("authorizer", "bearer-token.json", APIGatewayV2CustomAuthorizerEvent.class);
        check.setHeaders(Map.of("authorization", "Bearer " + token));
        return authorizer.handleRequest(check, null).getContext();
    }

    @Test
    void logoutRevokesAtOnce() throws Exception {
        String token = login();
        assertEquals("100001A", whoAmI(token).get("cassNumber"));
        assertEquals(204, callAs(token, "logout.json").getStatusCode());
        assertEquals(Map.of(), whoAmI(token), "the next request is anonymous");
        assertEquals(401, callAs(token, "logout.json").getStatusCode());
    }

    @Test
    void theHolderSwitchesToADependantAndEveryLaterCallCarriesIt() throws Exception {
        String token = login();
        APIGatewayV2HTTPResponse response = callAs(token, "switch-profile.json");
        assertEquals(200, response.getStatusCode());
        assertEquals("dependant:100003C", JSON.readTree(response.getBody()).get("activeProfileId").asText());
        assertEquals("dependant:100003C", whoAmI(token).get("profileId"));
    }

    @Test
    void aCassDigitalCertificateSessionCannotSwitch() throws Exception {
        APIGatewayV2HTTPResponse login = auth.handleRequest(Events.read("auth", "login-contract.json", APIGatewayV2HTTPEvent.class), null);
        String token = JSON.readTree(login.getBody()).get("token").asText();
        assertEquals("CASS_CERTIFICATE", whoAmI(token).get("authMethod"));
        APIGatewayV2HTTPEvent toOwn = Events.read("auth", "switch-profile.json", APIGatewayV2HTTPEvent.class);
        toOwn.setBody("{\"profileId\":\"own:100004D\"}");
        Map<String, Object> context = new java.util.HashMap<>(whoAmI(token));
        toOwn.getRequestContext().setAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder().withLambda(context).build());
        assertEquals(403, auth.handleRequest(toOwn, null).getStatusCode());
        assertEquals("self-employed:820451", whoAmI(token).get("profileId"));
    }

    @Test
    void aStrangersProfileIsRefused() throws Exception {
        String token = login();
        APIGatewayV2HTTPResponse response = callAs(token, "switch-profile-stranger.json");
        assertEquals(403, response.getStatusCode());
        assertEquals("own:100001A", whoAmI(token).get("profileId"), "the session is unchanged");
    }
}
