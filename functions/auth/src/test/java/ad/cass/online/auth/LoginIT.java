package ad.cass.online.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.dynamodb.SessionsKeys;
import ad.cass.online.aws.http.ProblemType;
import ad.cass.online.domain.identity.SessionToken;
import ad.cass.online.testing.ApiContract;
import ad.cass.online.testing.Deployed;
import ad.cass.online.testing.EmfLines;
import ad.cass.online.testing.Events;
import ad.cass.online.testing.TestPeople;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * POST /auth/login, driven by the events/auth/*.json files, through the handler built by its no-argument
 * constructor with template.yaml's environment, against the local engines (moto).
 */
class LoginIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static TestStack stack;
    static AuthApiFunction function;

    @RegisterExtension
    static final Deployed STACK = Deployed.withPeople();

    @BeforeAll
    static void build() {
        stack = STACK.stack();
        function = stack.build("AuthFunction", AuthApiFunction::new);
    }

    static APIGatewayV2HTTPResponse call(String eventFile) {
        APIGatewayV2HTTPEvent event = Events.read("auth", eventFile, APIGatewayV2HTTPEvent.class);
        return ApiContract.checked(event, function.handleRequest(event, null));
    }

    @Test
    void aRightPinGivesATokenThePersonAndTheirProfiles() throws Exception {
        APIGatewayV2HTTPResponse response = call("login.json");
        assertEquals(200, response.getStatusCode());
        JsonNode body = JSON.readTree(response.getBody());
        String token = body.get("token").asText();
        assertTrue(SessionToken.isWellFormed(token));
        assertEquals("Bearer", body.get("tokenType").asText());
        assertEquals("100001A", body.get("person").get("cassNumber").asText());
        assertEquals("Jordi", body.get("person").get("givenName").asText());
        assertEquals(List.of("own:100001A", "dependant:100002B", "dependant:100003C"),
                JSON.convertValue(body.get("profiles").findValuesAsText("id"), List.class));
        assertEquals("own:100001A", body.get("activeProfileId").asText());
        assertFalse(response.getBody().contains("Demo-2026!"));
        var session = stack.dynamo().getItem(r -> r.tableName(stack.name("SessionsTable"))
                .key(SessionsKeys.session(SessionToken.hash(token)))).item();
        assertEquals("100001A", session.get("cassNumber").s());
    }

    @Test
    void theSelfEmployedHouseholdEmployerGetsBothDeclarantProfiles() throws Exception {
        JsonNode body = JSON.readTree(call("login-self-employed.json").getBody());
        assertEquals(List.of("own:100004D", "self-employed:820451", "household-employer:930118"),
                JSON.convertValue(body.get("profiles").findValuesAsText("id"), List.class));
    }

    @Test
    void aCassDigitalCertificateActsOnlyAsItsDeclarant() throws Exception {
        APIGatewayV2HTTPResponse response = call("login-contract.json");
        assertEquals(200, response.getStatusCode());
        JsonNode body = JSON.readTree(response.getBody());
        assertEquals(List.of("self-employed:820451"), JSON.convertValue(body.get("profiles").findValuesAsText("id"), List.class));
        assertEquals("self-employed:820451", body.get("activeProfileId").asText());
        assertEquals("100004D", body.get("person").get("cassNumber").asText());
        var session = stack.dynamo().getItem(r -> r.tableName(stack.name("SessionsTable"))
                .key(SessionsKeys.session(SessionToken.hash(body.get("token").asText())))).item();
        assertEquals("CASS_CERTIFICATE", session.get("method").s());
    }

    @Test
    void aWrongPasswordAndAnUnknownContractGiveTheSame401() {
        APIGatewayV2HTTPResponse wrong = call("login-contract-wrong-password.json");
        APIGatewayV2HTTPResponse unknown = call("login-contract-unknown.json");
        assertEquals(401, wrong.getStatusCode());
        assertEquals(wrong.getBody(), unknown.getBody());
        assertEquals(call("login-wrong-pin.json").getBody().replace("/auth/login", ""),
                wrong.getBody().replace("/auth/login/contract", ""), "the same answer as a wrong PIN");
    }

    /** Issue 23, Operations: each sign-in is counted by its method and how it ended, and a rehearsal is not. */
    @Test
    void signInsAreCountedByMethodAndOutcome() {
        List<JsonNode> lines = EmfLines.during(() -> {
            // each from its own address: the class's other sign-ins use up the usual one's allowance
            List.of("login.json", "login-wrong-pin.json", "login-unknown-number.json", "login-contract.json",
                    "login-contract-wrong-password.json").forEach(file -> {
                APIGatewayV2HTTPEvent event = Events.read("auth", file, APIGatewayV2HTTPEvent.class);
                event.getRequestContext().getHttp().setSourceIp("198.51.100." + (10 + file.length()));
                ApiContract.checked(event, function.handleRequest(event, null));
            });
        });
        assertEquals(1, EmfLines.total(lines, "SignIns", "Method", "PIN", "Outcome", "SUCCESS"), lines.toString());
        assertEquals(2, EmfLines.total(lines, "SignIns", "Method", "PIN", "Outcome", "REFUSED"), lines.toString());
        assertEquals(1, EmfLines.total(lines, "SignIns", "Method", "CASS_CERTIFICATE", "Outcome", "SUCCESS"), lines.toString());
        assertEquals(1, EmfLines.total(lines, "SignIns", "Method", "CASS_CERTIFICATE", "Outcome", "REFUSED"), lines.toString());
        assertEquals(5, lines.size(), "one line a sign-in");
        assertTrue(lines.get(0).at("/_aws/CloudWatchMetrics/0/Namespace").asText().startsWith("CassOnline/"),
                "the template's namespace, read when the function was built: " + lines.get(0));
        assertFalse(lines.toString().contains("100001A"), "no CASS number in a metric");
    }

    @Test
    void aBase64BodyAsApiGatewaySendsItWorksToo() {
        assertEquals(200, call("login-base64.json").getStatusCode());
    }

    /** Issue 16, item 6 (NIST SP 800-63B §5.1.1.2): the PIN typed on a full-width keyboard is the same PIN (NFKC). */
    @Test
    void thePinIsComparedAfterNfkc() {
        assertEquals(200, login("100001A", "\uFF24\uFF45\uFF4D\uFF4F\uFF0D\uFF12\uFF10\uFF12\uFF16\uFF01").getStatusCode(),
                "Ｄｅｍｏ－２０２６！ is Demo-2026!");
        assertEquals(401, login("100001A", "Demo-2026?").getStatusCode());
    }

    @Test
    void wrongPinAndUnknownNumberGiveTheSame401() throws Exception {
        APIGatewayV2HTTPResponse wrongPin = call("login-wrong-pin.json");
        APIGatewayV2HTTPResponse unknown = call("login-unknown-number.json");
        assertEquals(401, wrongPin.getStatusCode());
        assertEquals(401, unknown.getStatusCode());
        assertEquals(wrongPin.getBody(), unknown.getBody(), "nothing tells whether the account exists");
        assertEquals("application/problem+json", wrongPin.getHeaders().get("Content-Type"));
        assertEquals(ProblemType.UNAUTHENTICATED.uri(), JSON.readTree(wrongPin.getBody()).get("type").asText());
    }

    static APIGatewayV2HTTPResponse login(String cassNumber, String pin) {
        APIGatewayV2HTTPEvent event = Events.read("auth", "login.json", APIGatewayV2HTTPEvent.class);
        event.setBody("{\"cassNumber\":\"" + cassNumber + "\",\"pin\":\"" + pin + "\"}");
        event.setIsBase64Encoded(false);
        return ApiContract.checked(event, function.handleRequest(event, null));
    }

    static Map<String, String> withoutCorrelationId(Map<String, String> headers) {
        Map<String, String> rest = new java.util.TreeMap<>(headers);
        rest.remove("X-Correlation-Id");
        return rest;
    }

    @Test
    void aLockedAccountAnswersTheRightPinExactlyAsAnUnknownNumberDoes() {
        String who = TestPeople.STRANGER.value();
        assertEquals(200, login(who, TestPeople.PIN).getStatusCode(), "a real account, with that PIN");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, login(who, "Wrong-PIN-" + i).getStatusCode());
        }
        APIGatewayV2HTTPResponse locked = login(who, TestPeople.PIN);
        APIGatewayV2HTTPResponse unknown = login("999997X", TestPeople.PIN);
        assertEquals(unknown.getStatusCode(), locked.getStatusCode());
        assertEquals(unknown.getBody(), locked.getBody(), "the lock says nothing more than the ordinary 401");
        assertEquals(withoutCorrelationId(unknown.getHeaders()), withoutCorrelationId(locked.getHeaders()));
    }

    @Test
    void aFormInsteadOfJsonIs415() throws Exception {
        APIGatewayV2HTTPResponse response = call("login-wrong-content-type.json");
        assertEquals(415, response.getStatusCode());
        assertEquals("body", JSON.readTree(response.getBody()).get("field").asText());
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource({
            "login-malformed-number.json, cassNumber",
            "login-missing-pin.json,      pin",
            "login-pin-not-text.json,     pin",
            "login-malformed-json.json,   body",
            "login-no-body.json,          body",
            "login-control-characters.json, pin",
            "login-contract-malformed-number.json, contractNumber",
            "login-oversized-pin.json,    pin"})
    void badInputIs400NamingTheField(String eventFile, String field) throws Exception {
        APIGatewayV2HTTPResponse response = call(eventFile);
        assertEquals(400, response.getStatusCode());
        JsonNode problem = JSON.readTree(response.getBody());
        assertEquals(ProblemType.INVALID_INPUT.uri(), problem.get("type").asText());
        assertEquals("Petició no vàlida", problem.get("title").asText());
        assertEquals(field, problem.get("field").asText());
    }
}
