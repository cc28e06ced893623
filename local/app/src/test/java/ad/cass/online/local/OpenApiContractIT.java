package ad.cass.online.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.local.engines.SamTemplate;
import ad.cass.online.testing.ApiContract;
import ad.cass.online.testing.TestStack;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * openapi.yaml is the contract (issue 15): it and template.yaml list the same routes, each operation is
 * complete, and the checker that every integration test runs its answers through does refuse a wrong one.
 */
class OpenApiContractIT {
    static final String LOGGED_IN = """
            {"token":"hexGQcJFUDoHCGsce5A-8F1vCBDlcrsQjLb97svjfY0","tokenType":"Bearer",
             "person":{"cassNumber":"100001A","givenName":"Jordi","familyName":"Vidal Font","insuredType":"DIRECT"},
             "profiles":[{"id":"own:100001A","type":"OWN","cassNumber":"100001A","name":"Jordi Vidal Font"}],
             "activeProfileId":"own:100001A"}""";

    @Test
    void theContractAndTheTemplateListTheSameRoutes() {
        Set<String> template = TestStack.create().template().routes().stream().map(SamTemplate.Route::routeKey)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> contract = new TreeSet<>(ApiContract.operations());
        assertEquals(template, contract, "a route goes into openapi.yaml before its code, and leaves it with its code");
    }

    @Test
    void everyOperationSaysWhoMayCallItAndAnswersProblemsForItsErrors() {
        ApiContract.document().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!op.getValue().isObject() || !op.getValue().has("responses")) {
                return;
            }
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            assertTrue(operation.hasNonNull("operationId"), name + " has an operationId");
            assertTrue(operation.has("security"), name + " says whether it needs a session");
            assertTrue(operation.path("responses").has("503"), name + " documents the passing failure (503 + Retry-After)");
        }));
    }

    @Test
    void theCheckerAcceptsARightAnswerAndRefusesWrongOnes() {
        assertEquals(List.of(), ApiContract.violations("POST /auth/login", 200, "application/json", LOGGED_IN));
        assertFalse(ApiContract.violations("POST /auth/login", 200, "application/json",
                LOGGED_IN.replace("\"token\":\"hexGQcJFUDoHCGsce5A-8F1vCBDlcrsQjLb97svjfY0\",", "")).isEmpty(),
                "a login answer without its token");
        assertFalse(ApiContract.violations("POST /auth/login", 200, "text/html", LOGGED_IN).isEmpty(), "a media type not listed");
        assertFalse(ApiContract.violations("POST /auth/login", 418, "application/json", "{}").isEmpty(), "a status not listed");
        assertFalse(ApiContract.violations("GET /nowhere", 200, "application/json", "{}").isEmpty(), "a route not listed");
        String problem = """
                {"type":"https://online.cass.ad/problems/%s","title":"Cal identificar-se","status":401,
                 "detail":"Les credencials no són vàlides o la sessió ha caducat.","instance":"/profiles"}""";
        assertEquals(List.of(), ApiContract.violations("GET /profiles", 401, "application/problem+json",
                problem.formatted("unauthenticated")));
        assertFalse(ApiContract.violations("GET /profiles", 401, "application/problem+json",
                problem.formatted("made-up")).isEmpty(), "a problem type the contract does not list");
    }
}
