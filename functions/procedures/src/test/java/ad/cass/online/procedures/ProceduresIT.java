package ad.cass.online.procedures;

import static ad.cass.online.testing.FunctionCalls.actingAs;
import static ad.cass.online.testing.FunctionCalls.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.procedures.DynamoProcedureStore;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.procedures.DocumentRole;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.domain.procedures.ProcedureDocument;
import ad.cass.online.domain.procedures.ProcedureStatus;
import ad.cass.online.testing.Deployed;
import ad.cass.online.testing.FunctionCalls;
import ad.cass.online.testing.MutableClock;
import ad.cass.online.testing.TestPeople;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The procedures (seed 000 §2.1.2; issue 18) over HTTP, on the emulated tables: pending, search, one, documents. */
class ProceduresIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String CERTIFICATE = "procedures/100001A/TA2026-004512/2.pdf";
    static final byte[] PDF = "%PDF-1.4 certificat de cobertura".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @RegisterExtension
    final Deployed deployed = Deployed.freshForEachTest();

    FunctionCalls api;

    static Procedure procedure(CassNumber who, String code, String type, LocalDate start, ProcedureStatus status, boolean professional,
                               ProcedureDocument... documents) {
        return new Procedure(who, code, type, start, start.atTime(10, 15).toInstant(java.time.ZoneOffset.UTC), status, professional,
                List.of(documents));
    }

    @BeforeEach
    void build() {
        TestStack stack = deployed.stack();
        List<Procedure> procedures = new ArrayList<>(List.of(
                procedure(TestPeople.HOLDER, "TA2026-006120", "Modificació de dades personals", LocalDate.of(2026, 10, 28),
                        ProcedureStatus.PENDING, false, new ProcedureDocument("Document d'identitat", DocumentRole.MANDATORY),
                        new ProcedureDocument("Justificant de domicili", DocumentRole.OPTIONAL)),
                procedure(TestPeople.HOLDER, "TA2026-004512", "Certificat de cobertura sanitària", LocalDate.of(2026, 3, 2),
                        ProcedureStatus.FINISHED, false, new ProcedureDocument("Sol·licitud", DocumentRole.MANDATORY, null),
                        new ProcedureDocument("Certificat de cobertura sanitària.pdf", DocumentRole.OUTPUT, CERTIFICATE)),
                procedure(TestPeople.HOLDER, "TA2025-011874", "Extracte d'ingressos", LocalDate.of(2025, 12, 15),
                        ProcedureStatus.FINISHED, true),
                procedure(TestPeople.STUDENT, "TA2026-008801", "Certificat d'estudiant menor de 25 anys", LocalDate.of(2026, 9, 8),
                        ProcedureStatus.PENDING, false),
                procedure(TestPeople.STUDENT, "TA2026-008802", "Declaració de la base de cotització (pràctiques)", LocalDate.of(2026, 9, 9),
                        ProcedureStatus.PENDING, true),
                procedure(TestPeople.STRANGER, "TA2026-000001", "Modificació de dades personals", LocalDate.of(2026, 11, 2),
                        ProcedureStatus.PENDING, false)));
        for (int i = 1; i <= 30; i++) { // a long life of certificates, to page through
            procedures.add(procedure(TestPeople.HOLDER, String.format("TA%d-1000%02d", 1995 + i, i), "Certificat de cobertura sanitària",
                    LocalDate.of(1995 + i, 5, 1), ProcedureStatus.FINISHED, false));
        }
        new DynamoProcedureStore(stack.dynamo(), stack.name("RecordsTable")).saveProcedures(procedures);
        try (S3Client s3 = stack.engines().s3Client()) {
            s3.putObject(r -> r.bucket(stack.name("DocumentsBucket")).key(CERTIFICATE).contentType("application/pdf"),
                    RequestBody.fromBytes(PDF));
        }
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
        api = new FunctionCalls("procedures", Env.with(stack.environment("ProceduresFunction"),
                () -> new ProceduresApiFunction(ProceduresApiFunction.Services.fromEnvironment(clock))));
    }





    static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.get("procedures").forEach(p -> codes.add(p.get("code").asText()));
        return codes;
    }

    @Test
    void thePendingOnesAreWhatWaitsOnThePersonWithTheActionsOpenOnThem() throws Exception {
        JsonNode pending = api.ok("pending.json", e -> { });
        assertEquals(List.of("TA2026-006120"), codes(pending));
        assertEquals("[\"view\",\"documents\",\"accept\",\"modify\",\"cancel\"]", pending.at("/procedures/0/actions").toString());
        assertEquals(pending, api.ok("pending.json", query(Map.of())), "no filter at all: the pending ones");
    }

    @Test
    void theSearchTakesATypeAPeriodAndACodeWhateverTheState() throws Exception {
        assertEquals(List.of("TA2026-004512"), codes(api.ok("search.json", e -> { })));
        assertEquals(List.of("TA2025-100030", "TA2024-100029"), codes(api.ok("search.json", query(Map.of(
                "type", "health-coverage-certificate", "from", "2024-01-01", "to", "2025-12-31")))));
        assertEquals(List.of("TA2010-100015"), codes(api.ok("search.json", query(Map.of(
                "type", "health-coverage-certificate", "code", "ta2010-100015")))));
        assertEquals("[\"view\",\"documents\"]", api.ok("search.json", e -> { }).at("/procedures/0/actions").toString());
    }

    @Test
    void twentyYearsOfProceduresComeAPageAtATimeNewestFirst() throws Exception {
        List<String> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, String> q = new HashMap<>(Map.of("type", "health-coverage-certificate", "limit", "7"));
            if (cursor != null) {
                q.put("cursor", cursor);
            }
            JsonNode page = api.ok("search.json", query(q));
            all.addAll(codes(page));
            cursor = page.has("next") ? page.get("next").asText() : null;
            pages++;
        } while (cursor != null);
        assertEquals(31, all.size());
        assertEquals(5, pages);
        assertEquals("TA2026-004512", all.get(0));
        assertEquals("TA1996-100001", all.get(30));
    }

    /** Issue 18: a cursor is opaque and tamper-proof: changed, or used by another profile or on another list, it is a 400. */
    @Test
    void aCursorChangedOrTakenElsewhereIsRefused() throws Exception {
        String next = api.ok("search.json", query(Map.of("type", "health-coverage-certificate", "limit", "7"))).get("next").asText();
        String sortKey = next.substring(0, next.indexOf('.'));
        String tampered = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("PROCEDURE#2010-05-01#TA2010-100015"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)) + next.substring(next.indexOf('.'));
        for (Consumer<APIGatewayV2HTTPEvent> misuse : List.of(
                query(Map.of("type", "health-coverage-certificate", "cursor", tampered)),
                query(Map.of("type", "health-coverage-certificate", "cursor", sortKey)),
                query(Map.of("type", "health-coverage-certificate", "cursor", next + "A")),
                query(Map.of("type", "health-coverage-certificate", "cursor", next)).andThen(actingAs("dependant:100003C")))) {
            APIGatewayV2HTTPResponse refused = api.call("search.json", misuse);
            assertEquals(400, refused.getStatusCode(), refused.getBody());
            assertEquals("cursor", JSON.readTree(refused.getBody()).get("field").asText());
        }
        assertEquals(20, codes(api.ok("search.json", query(Map.of("type", "health-coverage-certificate", "cursor", next)))).size());
    }

    @Test
    void actingForADependantTheirProfessionalProceduresAreLeftOutAndRefused() throws Exception {
        assertEquals(List.of("TA2026-008801"), codes(api.ok("pending.json", actingAs("dependant:100003C"))));
        APIGatewayV2HTTPResponse professional = api.call("procedure.json", actingAs("dependant:100003C").andThen(e ->
                e.setPathParameters(Map.of("code", "TA2026-008802"))));
        assertEquals(403, professional.getStatusCode());
    }

    @Test
    void oneProcedureAndItsDocumentsAsTheManualGroupsThem() throws Exception {
        JsonNode one = api.ok("procedure.json", e -> { });
        assertEquals("Modificació de dades personals", one.get("type").asText());
        JsonNode documents = api.ok("documents.json", e -> { });
        assertEquals("Document d'identitat", documents.at("/mandatory/0/name").asText());
        assertEquals("Justificant de domicili", documents.at("/optional/0/name").asText());
        assertEquals(0, documents.get("output").size());
        assertEquals(documents, one.get("documents"));
    }

    @ParameterizedTest(name = "{0} -> 404")
    @CsvSource({"TA2026-000001", "TA2026-008801", "TA9999-999999"})
    void anotherPersonsCodeIsNotFoundWhetherOrNotItExists(String code) {
        for (String file : List.of("procedure.json", "documents.json")) {
            APIGatewayV2HTTPResponse response = api.call(file, e -> e.setPathParameters(Map.of("code", code)));
            assertEquals(404, response.getStatusCode(), code);
            assertFalse(response.getBody().contains("Modificació"), response.getBody());
        }
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "status=waiting | status",
            "type=holidays | type",
            "from=2026-02-30&type=travel-form | from",
            "type=travel-form&from=2026-05-01&to=2026-04-01 | from",
            "from=2026-01-01 | type",
            "type=travel-form&limit=0 | limit",
            "type=travel-form&limit=many | limit",
            "type=travel-form&cursor=bm90LWEta2V5 | cursor",
            "type=travel-form&from=2026-01-01&cursor=UFJPQ0VEVVJFIzIwMjAtMDEtMDEjVEExMjM | cursor"})
    void aBadFilterIsABadRequestNamingIt(String rawQuery, String field) throws Exception {
        assertEquals(field, api.refusedField("search.json", FunctionCalls.rawQuery(rawQuery)));
    }

    @Test
    void theLastPageSaysSo() throws Exception {
        JsonNode page = api.ok("search.json", query(Map.of("type", "personal-data-change")));
        assertEquals(List.of("TA2026-006120"), codes(page));
        assertNull(page.get("next"));
        assertTrue(codes(api.ok("search.json", query(Map.of("type", "proof-of-life")))).isEmpty());
    }

    static Consumer<APIGatewayV2HTTPEvent> key(String key) {
        return e -> e.getHeaders().put("idempotency-key", key);
    }

    @Test
    void anActionIsMadeOncePerKeyAndAnotherOnceItNoLongerWaitsIsAConflict() throws Exception {
        JsonNode accepted = api.ok("accept.json", e -> { });
        assertEquals("IN_PROGRESS", accepted.get("status").asText());
        assertEquals("[\"view\",\"documents\"]", accepted.get("actions").toString());
        assertEquals("2026-11-30T10:00:00Z", accepted.get("modifiedAt").asText());

        assertEquals(accepted, api.ok("accept.json", e -> { }), "the retry answers as the first did");
        assertEquals(409, api.call("accept.json", key("accept-2026-11-30-b")).getStatusCode(), "a second acceptance");
        assertEquals(409, api.call("cancel.json", e -> { }).getStatusCode(), "it no longer waits");
        assertEquals(409, api.call("cancel.json", key("accept-2026-11-30-a")).getStatusCode(), "the same key for another action");
        assertTrue(codes(api.ok("pending.json", e -> { })).isEmpty());
    }

    @Test
    void ofTwoActionsAtOnceOneWins() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var accept = pool.submit(() -> api.call("accept.json", e -> { }).getStatusCode());
            var cancel = pool.submit(() -> api.call("cancel.json", e -> { }).getStatusCode());
            List<Integer> statuses = new ArrayList<>(List.of(accept.get(), cancel.get()));
            java.util.Collections.sort(statuses);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdown();
        }
        String status = api.ok("procedure.json", e -> { }).get("status").asText();
        assertTrue(status.equals("IN_PROGRESS") || status.equals("CANCELLED"), status);
    }

    @Test
    void actingForADependantTheHolderCancelsTheirRequestButNotAnothersOrAProfessionalOne() throws Exception {
        JsonNode cancelled = api.ok("cancel.json", actingAs("dependant:100003C").andThen(e -> e.setPathParameters(Map.of("code", "TA2026-008801"))));
        assertEquals("CANCELLED", cancelled.get("status").asText());
        assertEquals(403, api.call("cancel.json", actingAs("dependant:100003C").andThen(e ->
                e.setPathParameters(Map.of("code", "TA2026-008802")))).getStatusCode());
        assertEquals(404, api.call("cancel.json", e -> e.setPathParameters(Map.of("code", "TA2026-000001"))).getStatusCode());
        assertEquals(400, api.call("cancel.json", e -> e.getHeaders().remove("idempotency-key")).getStatusCode());
    }

    static Consumer<APIGatewayV2HTTPEvent> document(String code, String id) {
        return e -> e.setPathParameters(Map.of("code", code, "id", id));
    }

    /** Seed 000 §2.1.2, "Per descarregar la documentació adjunta": a 5-minute link to a document that is there. */
    @Test
    void aDocumentThatIsThereIsAFiveMinuteLinkAndOneThatIsNotIsNotFound() throws Exception {
        JsonNode documents = api.ok("documents.json", e -> e.setPathParameters(Map.of("code", "TA2026-004512")));
        assertEquals("2", documents.at("/output/0/id").asText());
        assertTrue(documents.at("/output/0/available").asBoolean());
        assertFalse(documents.at("/mandatory/0/available").asBoolean());

        JsonNode link = api.ok("download.json", document("TA2026-004512", "2"));
        assertEquals("2026-11-30T10:05:00Z", link.get("expiresAt").asText());
        assertTrue(link.get("url").asText().contains("X-Amz-Expires=300"), link.get("url").asText());
        HttpResponse<byte[]> fetched = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.get("url").asText())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, fetched.statusCode());
        assertTrue(java.util.Arrays.equals(PDF, fetched.body()));

        for (Consumer<APIGatewayV2HTTPEvent> missing : List.of(document("TA2026-004512", "1"), document("TA2026-004512", "3"),
                document("TA2026-004512", "x"), document("TA2026-000001", "1"))) {
            assertEquals(404, api.call("download.json", missing).getStatusCode());
        }
    }
}
