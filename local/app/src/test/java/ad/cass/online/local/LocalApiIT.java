package ad.cass.online.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.local.demo.DemoData;
import ad.cass.online.testing.ApiContract;
import ad.cass.online.testing.Events;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole local system as a developer meets it: emulators, tables from template.yaml, demo data, the
 * API on a loopback port with the authorizer in front, exercised over HTTP like curl would.
 */
class LocalApiIT {
    static final ObjectMapper JSON = LocalRuntime.JSON;

    @RegisterExtension
    static final LocalRuntime LOCAL = new LocalRuntime("e2e");

    static HttpResponse<String> get(String path, String token) throws Exception {
        return LOCAL.send("GET", path, token, null);
    }

    static HttpResponse<String> post(String path, String body) throws Exception {
        return LOCAL.send("POST", path, null, body);
    }

    /** Issue 15: the contract in a browser, for the portal's developers. */
    @Test
    void theContractIsServedAsJsonAndShownBySwaggerUi() throws Exception {
        HttpResponse<String> json = get("/openapi.json", null);
        assertEquals(200, json.statusCode());
        JsonNode contract = JSON.readTree(json.body());
        assertEquals("3.1.0", contract.get("openapi").asText());
        assertEquals(ApiContract.document(), contract, "/openapi.json is openapi.yaml, whole");
        HttpResponse<String> page = get("/docs", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("content-type").orElseThrow().startsWith("text/html"));
        assertTrue(page.body().contains("url: \"/openapi.json\""), page.body());
        for (String asset : new String[] {"/docs/swagger-ui-bundle.js", "/docs/swagger-ui.css", "/docs/swagger-ui-standalone-preset.js"}) {
            HttpResponse<String> file = get(asset, null);
            assertEquals(200, file.statusCode(), asset);
            assertTrue(file.body().length() > 1000, asset + " is the real file");
        }
        // a path climbing above the root is refused by Jetty's URI rules before any route is looked at
        assertEquals(400, get("/docs/../../etc/passwd", null).statusCode());
    }

    /** Issue 16, item 10: only who has access of their own holds a credential, each hashed with its own salt. */
    @Test
    void onlyPeopleWithTheirOwnAccessHoldACredentialEachWithItsOwnSalt() throws Exception {
        HttpResponse<String> child = post("/auth/login", "{\"cassNumber\":\"100002B\",\"pin\":\"" + DemoData.PIN + "\"}");
        assertEquals(401, child.statusCode(), "the 12-year-old has no PIN: his holder acts for him");
        try (var dynamo = LOCAL.system().engines().dynamoClient()) {
            List<String> hashes = dynamo.scan(r -> r.tableName(LOCAL.system().template().string(Map.of("Ref", "PeopleTable")))).items().stream()
                    .filter(i -> i.containsKey("pinHash") || i.containsKey("passwordHash"))
                    .map(i -> i.containsKey("pinHash") ? i.get("pinHash").s() : i.get("passwordHash").s())
                    .toList();
            assertEquals(10, hashes.size(), "seven PINs and three contract passwords");
            assertEquals(hashes.size(), new java.util.HashSet<>(hashes).size(), "no two alike: a salt of its own each");
        }
    }

    @Test
    void healthAndOutbox() throws Exception {
        assertEquals(200, get("/_local/health", null).statusCode());
        HttpResponse<String> outbox = get("/_local/outbox", null);
        assertEquals(200, outbox.statusCode());
        assertTrue(JSON.readTree(outbox.body()).isArray());
    }

    @ParameterizedTest(name = "{0} logs in and may act as {1}")
    @CsvSource(delimiter = '|', value = {
            "100001A | own:100001A dependant:100002B dependant:100003C",
            "100003C | own:100003C",
            "100004D | own:100004D self-employed:820451 household-employer:930118",
            "100005E | own:100005E",
            "100006F | own:100006F"})
    void everyDemoPersonLogsInAndListsTheirProfiles(String cassNumber, String profiles) throws Exception {
        String token = LOCAL.signIn(cassNumber);
        HttpResponse<String> response = get("/profiles", token);
        assertEquals(200, response.statusCode());
        assertEquals("no-store", response.headers().firstValue("cache-control").orElseThrow());
        JsonNode body = JSON.readTree(response.body());
        assertEquals(List.of(profiles.split(" ")), body.get("profiles").findValuesAsText("id"));
        assertEquals(cassNumber, body.get("person").get("cassNumber").asText());
    }

    @Test
    void missingOrBadTokensAre401ProblemDocuments() throws Exception {
        for (String token : new String[] {null, "not-a-token", "dGhpcy1pcy1hLWZpeGVkLXRlc3QtdG9rZW4tMTAwMDA"}) {
            HttpResponse<String> response = get("/profiles", token);
            assertEquals(401, response.statusCode());
            assertEquals("application/problem+json", response.headers().firstValue("content-type").orElseThrow());
            assertEquals("https://online.cass.ad/problems/unauthenticated", JSON.readTree(response.body()).get("type").asText());
        }
    }

    @Test
    void wrongPinAndUnknownNumberAnswerAlike() throws Exception {
        HttpResponse<String> wrong = post("/auth/login", "{\"cassNumber\":\"100001A\",\"pin\":\"nope\"}");
        HttpResponse<String> unknown = post("/auth/login", "{\"cassNumber\":\"999999Z\",\"pin\":\"nope\"}");
        assertEquals(401, wrong.statusCode());
        assertEquals(wrong.body(), unknown.body());
    }

    @Test
    void badInputIsA400NamingTheFieldAndUnknownRoutesA404() throws Exception {
        HttpResponse<String> bad = post("/auth/login", "{\"cassNumber\":\"1234\",\"pin\":\"x\"}");
        assertEquals(400, bad.statusCode());
        assertEquals("cassNumber", JSON.readTree(bad.body()).get("field").asText());
        assertEquals(404, get("/nowhere", null).statusCode());
    }

    @Test
    void theGovernmentCertificatesWrittenAtStartSignInThroughTheLocalHeader() throws Exception {
        Path certs = LOCAL.workDir().resolve("certs");
        for (String file : new String[] {"100001A.pem", "expired.pem", "untrusted.pem"}) {
            String pem = Files.readString(certs.resolve(file));
            HttpResponse<String> response = LOCAL.send("POST", "/auth/login/certificate", null, null,
                    "x-local-client-cert", java.util.Base64.getEncoder().encodeToString(pem.getBytes()));
            assertEquals(file.equals("100001A.pem") ? 200 : 401, response.statusCode(), file + ": " + response.body());
        }
    }

    @Test
    void invokeRunsAFunctionOnASampleEventLikeSamLocalInvoke() throws Exception {
        JsonNode response = JSON.readTree(LOCAL.system().host().invoke("auth", Events.json("auth", "login.json")));
        assertEquals(200, response.get("statusCode").asInt());
        assertTrue(JSON.readTree(response.get("body").asText()).has("token"));
        JsonNode profiles = JSON.readTree(LOCAL.system().host().invoke("profiles", Events.json("profiles", "list.json")));
        assertEquals(200, profiles.get("statusCode").asInt());
    }
}
