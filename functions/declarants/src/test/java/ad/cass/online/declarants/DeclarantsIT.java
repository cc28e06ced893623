package ad.cass.online.declarants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.declarants.DynamoDeclarantStore;
import ad.cass.online.testing.Deployed;
import ad.cass.online.testing.FunctionCalls;
import ad.cass.online.testing.TestDeclarants;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The declarant space end to end (issue 22; seed 002) on the emulated tables, driven by events/declarants: each route's
 * answer held to openapi.yaml, the figures to the cent, a month declared once, a payment ordered once, the procedures
 * filed once, bad input refused by field with nothing written, and who reaches which declarant.
 */
class DeclarantsIT {
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final Deployed deployed = Deployed.freshForEachTest();

    FunctionCalls api;
    DynamoDeclarantStore store;

    @BeforeEach
    void build() {
        TestStack stack = deployed.stack();
        TestDeclarants.seed(stack);
        store = new DynamoDeclarantStore(stack.dynamo(), stack.name("RecordsTable"));
        Clock clock = Clock.fixed(TestDeclarants.NOW, ZoneOffset.UTC);
        api = new FunctionCalls("declarants", Env.with(stack.environment("DeclarantsFunction"),
                () -> new DeclarantsApiFunction(DeclarantsApiFunction.Services.fromEnvironment(clock))));
    }

    static Consumer<APIGatewayV2HTTPEvent> none() {
        return e -> { };
    }

    /** The session: who, acting as which profile, signed in how. */
    static Consumer<APIGatewayV2HTTPEvent> session(String who, String profile, String method) {
        return e -> {
            Map<String, Object> lambda = e.getRequestContext().getAuthorizer().getLambda();
            lambda.put("cassNumber", who);
            lambda.put("profileId", profile);
            lambda.put("authMethod", method);
        };
    }

    static Consumer<APIGatewayV2HTTPEvent> body(String json) {
        return e -> e.setBody(json);
    }

    static Consumer<APIGatewayV2HTTPEvent> key(String key) {
        return e -> e.getHeaders().put("idempotency-key", key);
    }

    JsonNode created(String event, Consumer<APIGatewayV2HTTPEvent> change) throws Exception {
        APIGatewayV2HTTPResponse response = api.call(event, change);
        assertEquals(201, response.getStatusCode(), response.getBody());
        return JSON.readTree(response.getBody());
    }

    /** Seed 002 "la informació més rellevant com a declarant": Núria's own account on 1 December 2026. */
    @Test
    void theDeclarantWithWhatNeedsAttention() throws Exception {
        JsonNode d = api.ok("declarant.json", none());
        assertEquals("820451", d.get("number").asText());
        assertEquals("SELF_EMPLOYED", d.get("kind").asText());
        assertEquals("**** **** **** **** **** 0100", d.get("iban").asText());
        assertEquals(Map.of("pendingDeclarations", 1, "pendingPayments", 1, "overduePayments", 1, "activeIncapacities", 0),
                JSON.convertValue(d.get("attention"), Map.class));
        assertEquals(List.of("GENERAL", "RETIREMENT"), d.at("/rates/branches").findValuesAsText("branch"));
        assertEquals(12, d.at("/rates/branches/1/employeePercent").asInt());
        assertEquals("2.731,19 €", d.at("/ownAccountBase/base/text").asText());
        assertEquals("600,86 €", d.at("/ownAccountBase/monthly/total/text").asText());
    }

    /** The months: November to declare, September declared and unpaid with its 10 % surcharge. */
    @Test
    void theMonthsAndTheirSurcharges() throws Exception {
        assertEquals(List.of("2026-11"), api.ok("contributions.json", none()).get("sheets").findValuesAsText("period"));
        JsonNode all = api.ok("contributions.json", FunctionCalls.query(Map.of("year", "2026"))).get("sheets");
        assertEquals(11, all.size());
        JsonNode september = all.get(2);
        assertEquals("2026-09", september.get("period").asText());
        assertEquals("DECLARED", september.get("state").asText());
        assertEquals("2026-10-31", september.get("dueDate").asText());
        assertEquals("600,86 €", september.at("/contribution/text").asText());
        assertEquals("60,09 €", september.at("/surcharge/text").asText());
        assertEquals("state", api.refusedField("contributions.json", FunctionCalls.query(Map.of("state", "late"))));
        assertEquals("year", api.refusedField("contributions.json", FunctionCalls.query(Map.of("year", "twenty"))));
    }

    /** Issue 22: the company's sheet from its CASS digital certificate, to the cent, once; the same request answers again. */
    @Test
    void aCompanyDeclaresItsMonthOnce() throws Exception {
        JsonNode sheet = created("declare.json", none());
        assertEquals("2026-12-31", sheet.get("dueDate").asText());
        assertEquals(List.of("100010K", "100011L"), sheet.get("lines").findValuesAsText("cassNumber"));
        // Anna: 2.234,57 €: 7 % 156,42 + 8,5 % 189,94 employer; 3 % 67,04 + 3,5 % 78,21 employee
        assertEquals("346,36 €", sheet.at("/lines/0/employer/text").asText());
        assertEquals("145,25 €", sheet.at("/lines/0/employee/text").asText());
        // Joan: 1.905,50 €: 133,39 + 161,97 employer; 57,17 + 66,69 employee
        assertEquals("4.140,07 €", sheet.at("/totals/base/text").asText());
        assertEquals(346_36 + 133_39 + 161_97, sheet.at("/totals/employer/cents").asLong());
        assertEquals(145_25 + 57_17 + 66_69, sheet.at("/totals/employee/cents").asLong());
        assertEquals("0,00 €", sheet.at("/surcharge/text").asText(), "declared in time");
        assertEquals("PG-940220-2026-11", sheet.get("paymentId").asText());

        assertEquals(sheet, created("declare.json", none()), "the same request again: the same sheet");
        APIGatewayV2HTTPResponse again = api.call("declare.json", key("declare-940220-2026-11-bis"));
        assertEquals(409, again.getStatusCode(), again.getBody());
        assertEquals(1, store.sheets("940220").stream().filter(s -> s.period().toString().equals("2026-11")).count());
    }

    /** Issue 22's bad input, each a 400 naming its field, and nothing written. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an unknown employee   | {\"lines\":[{\"cassNumber\":\"999999Z\",\"days\":30,\"salary\":[{\"concept\":\"SB\",\"cents\":100000}]}]} | lines.cassNumber",
            "one who left in 2024  | {\"lines\":[{\"cassNumber\":\"100013N\",\"days\":30,\"salary\":[{\"concept\":\"SB\",\"cents\":100000}]}]} | lines.cassNumber",
            "a negative salary     | {\"lines\":[{\"cassNumber\":\"100010K\",\"days\":30,\"salary\":[{\"concept\":\"SB\",\"cents\":-5}]}]}     | lines.salary.cents",
            "31 days in November   | {\"lines\":[{\"cassNumber\":\"100010K\",\"days\":31,\"salary\":[{\"concept\":\"SB\",\"cents\":100000}]}]} | lines.days",
            "an unknown concept    | {\"lines\":[{\"cassNumber\":\"100010K\",\"days\":30,\"salary\":[{\"concept\":\"TIPS\",\"cents\":100}]}]}  | lines.salary.concept",
            "days as text          | {\"lines\":[{\"cassNumber\":\"100010K\",\"days\":\"30\",\"salary\":[{\"concept\":\"SB\",\"cents\":1}]}]}   | lines.days",
            "no lines              | {\"lines\":[]}                                                                                        | lines",
            "lines not a list      | {\"lines\":{}}                                                                                        | lines"})
    void aBadSheetIsRefusedByField(String what, String json, String field) throws Exception {
        assertEquals(field, api.refusedField("declare.json", body(json)), what);
        assertFalse(store.sheets("940220").stream().anyMatch(s -> s.period().toString().equals("2026-11")), "nothing written");
    }

    @Test
    void aMalformedOrUnfinishedMonthIsRefused() throws Exception {
        for (String month : List.of("2026-13", "11-2026", "2026-12")) {
            assertEquals("month", api.refusedField("declare.json", e -> {
                e.setPathParameters(Map.of("month", month));
                e.setRawPath("/declarant/contributions/" + month);
            }), month);
        }
    }

    /** The self-employed declare the base they chose; then September's overdue payment is ordered once. */
    @Test
    void theSelfEmployedDeclareAndOrderAPayment() throws Exception {
        assertEquals("600,86 €", created("declare-own.json", none()).at("/totals/contribution/text").asText());
        JsonNode pending = api.ok("payments.json", none()).get("payments");
        assertEquals(List.of("PG-820451-2026-11", "PG-820451-2026-09"), pending.findValuesAsText("id"));
        JsonNode september = pending.get(1);
        assertTrue(september.get("overdue").asBoolean());
        assertEquals("660,95 €", september.at("/total/text").asText(), "600,86 € and 10 %");

        JsonNode order = created("pay.json", none());
        assertEquals("ORDERED", order.get("state").asText());
        assertEquals("CASS-820451-202609", order.get("reference").asText());
        assertEquals("660,95 €", order.at("/total/text").asText());
        assertFalse(order.get("overdue").asBoolean());
        assertEquals(order, created("pay.json", none()), "ordered again: the same order");
        APIGatewayV2HTTPResponse paid = api.call("pay.json", e -> {
            e.setPathParameters(Map.of("id", "PG-820451-2026-08"));
            e.setRawPath("/declarant/payments/PG-820451-2026-08");
        });
        assertEquals(409, paid.getStatusCode(), "August is paid");
    }

    /** Seed 002: the company's employees, and Pere's sick leave with who paid which days. */
    @Test
    void employeesAndTheirSickLeaves() throws Exception {
        JsonNode employees = api.ok("employees.json", none()).get("employees");
        assertEquals(List.of("100010K", "100011L", "100012M", "100013N"), employees.findValuesAsText("cassNumber"), "current first");
        assertFalse(employees.get(3).get("current").asBoolean());
        JsonNode leaves = api.ok("incapacities.json", none()).get("incapacities");
        assertEquals(1, leaves.size());
        assertEquals("100012M", leaves.at("/0/cassNumber").asText());
        assertEquals("2026-12-15", leaves.at("/0/expectedEnd").asText());
        assertEquals(3, leaves.at("/0/daysPaid/employer").asInt());
        assertEquals(12, leaves.at("/0/daysPaid/cass").asInt());
    }

    /** Seed 002: a hire, a leaving and a change of the declarant's data, each a procedure filed once. */
    @Test
    void hiresLeavingsAndChangesAreProcedures() throws Exception {
        JsonNode hire = created("hire.json", none());
        assertTrue(hire.get("type").asText().startsWith("Alta d'empleat"), hire.toString());
        assertEquals("940220", hire.at("/fields/declarantNumber").asText());
        assertEquals(hire.get("code"), created("hire.json", none()).get("code"), "a retry");
        JsonNode leave = created("leave.json", none());
        assertTrue(leave.get("type").asText().startsWith("Baixa d'empleat"), leave.toString());
        assertEquals(404, api.call("leave.json", e -> {
            e.setPathParameters(Map.of("cassNumber", "100010K"));
            e.setRawPath("/declarant/employees/100010K/leave");
        }).getStatusCode(), "the company's employee, not the household's");

        JsonNode change = created("change.json", none());
        assertEquals("**** **** **** **** **** 0100", change.at("/fields/iban").asText());
        assertEquals(change.get("code").asText(), api.ok("declarant.json", none()).at("/pendingChange/procedureCode").asText());
        assertEquals(409, api.call("change.json", key("declarant-change-0002")).getStatusCode(), "one change at a time");
        assertEquals("iban", api.refusedField("change.json", key("declarant-change-0003").andThen(
                body("{\"iban\":\"AD12 0001 2030 2003 5910 0101\"}"))));
    }

    /**
     * CASS's back office (issue 22): the ordered payment's money came in (events/declarants/record-payment.json), and
     * the change asked for is confirmed (confirm-change.json): the declarant sees it paid, and its new phone.
     */
    @Test
    void theBackOfficeRecordsAPaymentAndConfirmsAChange() throws Exception {
        created("pay.json", none());
        Clock clock = Clock.fixed(TestDeclarants.NOW.plusSeconds(2 * 86_400), ZoneOffset.UTC);
        Map<String, String> env = deployed.stack().environment("RecordDeclarantPaymentFunction");
        RecordDeclarantPaymentFunction payments = Env.with(env, () -> new RecordDeclarantPaymentFunction(OfficeWiring.office(clock)));
        @SuppressWarnings("unchecked")
        Map<String, String> paid = new java.util.HashMap<>(ad.cass.online.testing.Events.read("declarants", "record-payment.json", Map.class));
        Map<String, Object> recorded = payments.handleRequest(paid, null);
        assertEquals("PAID", recorded.get("status"), recorded.toString());
        assertEquals(66_095L, ((Number) recorded.get("amountCents")).longValue(), "what the order said");
        assertEquals(recorded, payments.handleRequest(paid, null), "recorded again: the same");
        JsonNode september = api.ok("payments.json", FunctionCalls.query(Map.of("state", "paid"))).get("payments").findParents("id")
                .stream().filter(p -> p.get("id").asText().equals("PG-820451-2026-09")).findFirst().orElseThrow();
        assertEquals("2026-12-01", september.get("paidOn").asText());
        assertTrue(api.ok("payments.json", none()).get("payments").isEmpty(), "nothing pending any more");
        assertEquals("paidOn", payments.handleRequest(Map.of("paymentId", "PG-820451-2026-10", "paidOn", "2027-01-01"), null).get("field"),
                "not in the future");
        assertEquals("REFUSED", payments.handleRequest(Map.of("paymentId", "PG-999999-2026-10", "paidOn", "2026-12-01"), null).get("status"));

        JsonNode change = created("change.json", none());
        ConfirmDeclarantChangeFunction confirm = Env.with(deployed.stack().environment("ConfirmDeclarantChangeFunction"),
                () -> new ConfirmDeclarantChangeFunction(OfficeWiring.office(clock)));
        @SuppressWarnings("unchecked")
        Map<String, String> which = new java.util.HashMap<>(ad.cass.online.testing.Events.read("declarants", "confirm-change.json", Map.class));
        which.put("procedureCode", change.get("code").asText());
        Map<String, Object> confirmed = confirm.handleRequest(which, null);
        assertEquals("CONFIRMED", confirmed.get("status"), confirmed.toString());
        JsonNode after = api.ok("declarant.json", none());
        assertEquals("+376812345", after.get("phone").asText());
        assertFalse(after.has("pendingChange"), "nothing waits any more");
        assertEquals("REFUSED", confirm.handleRequest(which, null).get("status"), "confirmed already: not waiting");
        // issue 23's fuzzing: an invocation without a payload (a null map) is refused, not a NullPointerException
        assertEquals("REFUSED", confirm.handleRequest(null, null).get("status"));
        assertEquals("paymentId", payments.handleRequest(null, null).get("field"));
        assertEquals(201, api.call("change.json", key("declarant-change-0004")).getStatusCode(), "another change may be asked");
    }

    /** Seed 002 "la declaració de la base de cotització del compte propi": 125 % for 2027, what it costs a month. */
    @Test
    void theOwnAccountBaseForNextYear() throws Exception {
        JsonNode base = created("own-account-base.json", none());
        assertEquals("3.413,99 €", base.at("/base/text").asText());
        assertEquals("2027-01-01", base.get("effectiveFrom").asText());
        assertEquals("751,08 €", base.at("/monthly/total/text").asText());
        assertEquals("bandPercent", api.refusedField("own-account-base.json", body("{\"year\":2027,\"bandPercent\":110}")));
        assertEquals(409, api.call("own-account-base.json", session("100009J", "company:940220", "CASS_CERTIFICATE")).getStatusCode());
    }

    static final List<String> EVERY_ROUTE = List.of("declarant.json", "change.json", "contributions.json", "declare.json",
            "declare-own.json", "payments.json", "pay.json", "incapacities.json", "employees.json", "hire.json", "leave.json",
            "own-account-base.json");

    /**
     * Issue 22's access matrix over every route (each event of events/declarants): the same person's own profile, a
     * dependant's profile, a stranger, an employee: 403 every time, and nothing written.
     */
    @ParameterizedTest(name = "{0} as {1}: every route 403")
    @CsvSource({
            "100004D, own:100004D,       PIN",
            "100009J, own:100009J,       GOVERNMENT_CERTIFICATE",
            "100001A, dependant:100002B, PIN",
            "100001A, own:100001A,       PIN",
            "100010K, own:100010K,       PIN"})
    void noOtherProfileReachesAnyRoute(String who, String profile, String method) {
        for (String event : EVERY_ROUTE) {
            APIGatewayV2HTTPResponse response = api.call(event, session(who, profile, method));
            assertEquals(403, response.getStatusCode(), event + " " + response.getBody());
        }
        assertFalse(store.sheets("940220").stream().anyMatch(s -> s.period().toString().equals("2026-11")), "nothing declared");
        assertEquals(null, store.file("820451").orElseThrow().pendingChange(), "nothing changed");
    }

    /** The declarant's own sessions (its profile, its certificate) are never refused access on any route. */
    @ParameterizedTest(name = "{0} as {1} by {2}: no route 403")
    @CsvSource({
            "100004D, self-employed:820451,      PIN",
            "100004D, self-employed:820451,      CASS_CERTIFICATE",
            "100004D, household-employer:930118, GOVERNMENT_CERTIFICATE",
            "100009J, company:940220,            CASS_CERTIFICATE"})
    void theDeclarantsOwnSessionsReachEveryRoute(String who, String profile, String method) {
        for (String event : EVERY_ROUTE) {
            APIGatewayV2HTTPResponse response = api.call(event, session(who, profile, method));
            assertTrue(response.getStatusCode() != 403 && response.getStatusCode() < 500, event + " " + response.getStatusCode()
                    + " " + response.getBody());
        }
    }

    /**
     * Who reaches a declarant (issue 22): its profile or its certificate; another profile of the same person, a
     * dependant's or a stranger's never (403); another declarant's payment id is not found (404).
     */
    @ParameterizedTest(name = "{0} as {1} by {2}: {3} -> {4}")
    @CsvSource({
            "100004D, self-employed:820451,      PIN,              declarant.json, 200",
            "100004D, self-employed:820451,      CASS_CERTIFICATE, declarant.json, 200",
            "100004D, household-employer:930118, GOVERNMENT_CERTIFICATE, declarant.json, 200",
            "100009J, company:940220,            PIN,              declarant.json, 200",
            "100004D, own:100004D,               PIN,              declarant.json, 403",
            "100001A, dependant:100002B,         PIN,              declarant.json, 403",
            "100001A, own:100001A,               PIN,              declarant.json, 403",
            "100010K, own:100010K,               PIN,              employees.json, 403",
            "100009J, own:100009J,               PIN,              payments.json,  403",
            "100004D, household-employer:930118, PIN,              pay.json,       404",
            "100009J, company:940220,            CASS_CERTIFICATE, pay.json,       404"})
    void onlyTheDeclarantsSessionReachesIt(String who, String profile, String method, String event, int status) {
        APIGatewayV2HTTPResponse response = api.call(event, session(who, profile, method));
        assertEquals(status, response.getStatusCode(), response.getBody());
    }
}
