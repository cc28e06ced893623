package ad.cass.online.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ad.cass.online.aws.dynamodb.PeopleKeys;
import ad.cass.online.aws.http.ProblemType;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.testing.ApiContract;
import ad.cass.online.testing.Deployed;
import ad.cass.online.testing.Events;
import ad.cass.online.testing.TestPeople;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /profiles (seed 000, §1.2.3 and §2.2.6), driven by events/profiles/*.json, against the local engines (moto). */
class ListProfilesIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static ProfilesApiFunction function;

    @RegisterExtension
    static final Deployed STACK = Deployed.withPeople();

    @BeforeAll
    static void build() {
        TestStack stack = STACK.stack();
        function = stack.build("ProfilesFunction", ProfilesApiFunction::new);
    }

    static APIGatewayV2HTTPResponse call(String eventFile) {
        APIGatewayV2HTTPEvent event = Events.read("profiles", eventFile, APIGatewayV2HTTPEvent.class);
        return ApiContract.checked(event, function.handleRequest(event, null));
    }

    static List<String> ids(JsonNode body) {
        return body.get("profiles").findValuesAsText("id");
    }

    @Test
    void theHolderActsAsThemselvesOrEitherDependantAndNeverAStranger() throws Exception {
        APIGatewayV2HTTPResponse response = call("list.json");
        assertEquals(200, response.getStatusCode());
        JsonNode body = JSON.readTree(response.getBody());
        assertEquals(List.of("own:100001A", "dependant:100002B", "dependant:100003C"), ids(body));
        assertEquals(List.of("OWN", "DEPENDANT", "DEPENDANT"), body.get("profiles").findValuesAsText("type"));
        assertEquals("Laia Vidal Serra", body.get("profiles").get(2).get("name").asText());
        assertEquals("own:100001A", body.get("activeProfileId").asText());
    }

    /** Seed 000 §1.1: a dependant may get their own access; the list says who has. */
    @Test
    void aDependantsProfileSaysWhetherTheyHaveTheirOwnAccess() throws Exception {
        TestStack stack = STACK.stack();
        stack.dynamo().deleteItem(r -> r.tableName(stack.name("PeopleTable")).key(PeopleKeys.pin(TestPeople.CHILD)));
        JsonNode profiles = JSON.readTree(call("list.json").getBody()).get("profiles");
        assertFalse(profiles.get(0).has("ownAccess"), "not on one's own profile");
        assertEquals(false, profiles.get(1).get("ownAccess").asBoolean(), "Pau, 12: his holder acts for him");
        assertEquals(true, profiles.get(2).get("ownAccess").asBoolean(), "Laia signs in herself");
    }

    @Test
    void theSelfEmployedAlsoActsAsDeclarant() throws Exception {
        JsonNode body = JSON.readTree(call("list-self-employed.json").getBody());
        assertEquals(List.of("own:100004D", "self-employed:820451", "household-employer:930118"), ids(body));
        assertEquals("820451", body.get("profiles").get(1).get("declarantNumber").asText());
    }

    /**
     * Issue 16, item 5 (through the access guard of issue 15): the session still names a profile that is no
     * longer the caller's (here another holder's dependant, as a dependant link that ended leaves it): it acts
     * as their own again, and the answer says so.
     */
    @Test
    void aProfileNoLongerAllowedFallsBackToTheirOwnAndSaysSo() throws Exception {
        APIGatewayV2HTTPResponse response = call("list-stale-profile.json");
        assertEquals(200, response.getStatusCode());
        JsonNode body = JSON.readTree(response.getBody());
        assertEquals("own:100001A", body.get("activeProfileId").asText());
        assertEquals(List.of("own:100001A", "dependant:100002B", "dependant:100003C"), ids(body), "and never the stranger");
        assertEquals(AccessGuard.FELL_BACK, body.get("notice").asText());
        assertEquals(false, JSON.readTree(call("list.json").getBody()).has("notice"), "no notice while the choice stands");
    }

    @Test
    void aCassDigitalCertificateSessionSeesOnlyItsDeclarant() throws Exception {
        JsonNode body = JSON.readTree(call("list-contract-session.json").getBody());
        assertEquals(List.of("self-employed:820451"), ids(body), "seed 002: it acts only as that declarant");
    }

    @Test
    void withoutAPrincipalTheAnswerIsA401Problem() throws Exception {
        APIGatewayV2HTTPResponse response = call("list-anonymous.json");
        assertEquals(401, response.getStatusCode());
        assertEquals("application/problem+json", response.getHeaders().get("Content-Type"));
        assertEquals(ProblemType.UNAUTHENTICATED.uri(), JSON.readTree(response.getBody()).get("type").asText());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"list-authorizer-unavailable.json, 503, service-unavailable", "list-authorizer-failed.json, 500, internal"})
    void whenTheAuthorizerCouldNotTellTheFunctionAnswersWithAProblem(String eventFile, int status, String type) throws Exception {
        APIGatewayV2HTTPResponse response = call(eventFile);
        assertEquals(status, response.getStatusCode());
        assertEquals("application/problem+json", response.getHeaders().get("Content-Type"));
        assertEquals(ProblemType.BASE + type, JSON.readTree(response.getBody()).get("type").asText());
        assertEquals(status == 503 ? "1" : null, response.getHeaders().get("Retry-After"));
    }
}
