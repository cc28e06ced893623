package ad.cass.online.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.procedures.DynamoProcedureStore;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.testing.TestPeople;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 004 over HTTP: GET /dependants/requirements and POST /dependants, driven by events/account/dependant-*.json,
 * with the template's environment, on 30/11/2026.
 */
class DependantsIT extends AccountFunctionHarness {
    APIGatewayV2HTTPResponse call(String eventFile, Consumer<ObjectNode> changeBody) {
        return send(eventFile, event -> {
            if (changeBody != null) {
                ObjectNode body = body(event);
                changeBody.accept(body);
                event.setBody(body.toString());
            }
        });
    }

    List<Procedure> jordisProcedures() {
        return new DynamoProcedureStore(stack.dynamo(), stack.name("RecordsTable")).procedures(TestPeople.HOLDER);
    }

    @Test
    void everyCategoryOfSeed004HasItsRequirements() throws Exception {
        JsonNode all = JSON.readTree(call("dependant-requirements.json", null).getBody());
        assertEquals(10, all.get("categories").size());
        JsonNode student = JSON.readTree(call("dependant-requirements-student.json", null).getBody()).get("categories").get(0);
        assertEquals("student-18-to-25", student.get("category").asText());
        assertEquals(18, student.get("age").get("minAge").asInt());
        assertEquals(24, student.get("age").get("maxAge").asInt(), "menor de 25");
        assertEquals("cada any a partir del mes de setembre", student.get("renewals").get(0).get("when").asText());
        assertTrue(student.get("subCases").has("under-guardianship-of-non-parent"));
    }

    @Test
    void anUnknownCategoryIsABadRequestNamingIt() throws Exception {
        APIGatewayV2HTTPResponse response = call("dependant-requirements-unknown.json", null);
        assertEquals(400, response.getStatusCode());
        assertEquals("category", JSON.readTree(response.getBody()).get("field").asText());
    }

    @Test
    void aRegistrationBecomesAPendingProcedureFiledOnceHoweverOftenItIsSent() throws Exception {
        APIGatewayV2HTTPResponse first = call("dependant-file-student.json", null);
        assertEquals(201, first.getStatusCode(), first.getBody());
        JsonNode filed = JSON.readTree(first.getBody());
        String code = filed.get("procedure").get("code").asText();
        assertTrue(code.matches("TA2026-\\d{6}"), code);
        assertEquals("PENDING", filed.get("procedure").get("status").asText());
        List<String> codes = filed.get("documentsToBring").findValuesAsText("code");
        assertTrue(codes.contains("enrolment-certificate"), codes.toString());
        assertTrue(codes.contains("guardian-appointment-order"), "the guardianship sub-case adds its documents: " + codes);
        APIGatewayV2HTTPResponse retry = call("dependant-file-student.json", null);
        assertEquals(first.getBody(), retry.getBody(), "the same answer");
        List<Procedure> procedures = jordisProcedures();
        assertEquals(1, procedures.size(), "filed once");
        assertEquals("Alta d'assegurat indirecte (estudiant de 18 a 25 anys): Martí Vidal Serra", procedures.get(0).type());
        assertEquals(code, procedures.get(0).code());
    }

    @ParameterizedTest(name = "{0} = {1} -> 400 naming {2}")
    @CsvSource({"economicActivity, true, economicActivity", "legalResidence, false, legalResidence",
            "birthDate, 2001-11-30, birthDate", "birthDate, 2008-12-01, birthDate", "birthDate, 30/11/2007, birthDate",
            "category, cosí, category", "givenName, '', givenName"})
    void aRefusedRegistrationNamesTheFieldAndFilesNothing(String field, String value, String named) throws Exception {
        APIGatewayV2HTTPResponse response = call("dependant-file-student.json", body -> {
            if (value.equals("true") || value.equals("false")) {
                body.put(field, Boolean.parseBoolean(value));
            } else {
                body.put(field, value);
            }
        });
        assertEquals(400, response.getStatusCode(), response.getBody());
        assertEquals(named, JSON.readTree(response.getBody()).get("field").asText());
        assertTrue(jordisProcedures().isEmpty());
    }

    @Test
    void onlyTheDirectInsuredPersonActingAsThemselvesFilesOneAndEveryRequestCarriesItsKey() throws Exception {
        assertEquals(403, call("dependant-file-as-dependant.json", null).getStatusCode());
        APIGatewayV2HTTPResponse noKey = call("dependant-file-no-key.json", null);
        assertEquals(400, noKey.getStatusCode());
        assertEquals("Idempotency-Key", JSON.readTree(noKey.getBody()).get("field").asText());
        assertTrue(jordisProcedures().isEmpty());
    }
}
