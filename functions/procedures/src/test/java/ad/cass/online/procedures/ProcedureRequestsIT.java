package ad.cass.online.procedures;

import static ad.cass.online.testing.FunctionCalls.actingAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.access.DynamoAccessLog;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.procedures.DynamoProcedureStore;
import ad.cass.online.domain.access.AccessEntry;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.procedures.ProcedureFilter;
import ad.cass.online.domain.procedures.ProcedureRequests;
import ad.cass.online.domain.procedures.ProcedureStore;
import ad.cass.online.domain.procedures.RequestRules;
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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Filing the requests of seeds 001 and 002, changing one while it waits on the person, and bringing its documents
 * (issue 18), over the function with its template environment, on the emulated table and bucket.
 */
class ProcedureRequestsIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final byte[] PDF = "%PDF-1.7\n% a scanned identity card\n".getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    final Deployed deployed = Deployed.freshForEachTest();

    FunctionCalls api;
    TestStack stack;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));

    @BeforeEach
    void build() {
        stack = deployed.stack();
        Instant filed = LocalDate.of(2026, 10, 28).atTime(10, 15).toInstant(ZoneOffset.UTC);
        new DynamoProcedureStore(stack.dynamo(), stack.name("RecordsTable")).saveProcedures(List.of(
                new Procedure(TestPeople.HOLDER, "TA2026-006120", "Modificació de dades personals", LocalDate.of(2026, 10, 28), filed,
                        ProcedureStatus.PENDING, false, List.of(new ProcedureDocument("Document d'identitat", DocumentRole.MANDATORY),
                        new ProcedureDocument("Justificant de domicili", DocumentRole.OPTIONAL),
                        new ProcedureDocument("Resolució", DocumentRole.OUTPUT)), Map.of("familyName", "Vidal Font")),
                new Procedure(TestPeople.HOLDER, "TA2026-006121", "Fe de vida", LocalDate.of(2026, 10, 29), filed,
                        ProcedureStatus.PENDING, false, List.of()),
                new Procedure(TestPeople.HOLDER, "TA2026-004512", "Certificat de cobertura sanitària", LocalDate.of(2026, 3, 2), filed,
                        ProcedureStatus.FINISHED, false, List.of())));
        api = new FunctionCalls("procedures", Env.with(stack.environment("ProceduresFunction"),
                () -> new ProceduresApiFunction(ProceduresApiFunction.Services.fromEnvironment(clock))));
    }

    static Consumer<APIGatewayV2HTTPEvent> body(String json) {
        return e -> e.setBody(json);
    }

    static Consumer<APIGatewayV2HTTPEvent> key(String key) {
        return e -> e.getHeaders().put("idempotency-key", key);
    }

    @Test
    void theFormsSayWhatEachRequestAsksFor() throws Exception {
        JsonNode forms = api.ok("forms.json", e -> { }).get("forms");
        assertEquals(6, forms.size());
        JsonNode travel = forms.get(3);
        assertEquals("travel-form", travel.get("type").asText());
        assertEquals("Formulari de desplaçament", travel.get("name").asText());
        assertEquals("CONVENTION_COUNTRY", travel.at("/fields/0/kind").asText());
        assertEquals("Certificat de matrícula del curs", forms.get(1).at("/mandatory/0").asText());
    }

    /** Seeds 001 and 002: a travel form to a convention country goes straight to CASS, once per key. */
    @Test
    void aTravelFormIsFiledOncePerKey() throws Exception {
        APIGatewayV2HTTPResponse created = api.call("file.json", e -> { });
        assertEquals(201, created.getStatusCode(), created.getBody());
        JsonNode travel = JSON.readTree(created.getBody());
        String code = travel.get("code").asText();
        assertTrue(code.matches("TA2026-\\d{6}"), code);
        assertEquals("/procedures/" + code, created.getHeaders().get("Location"));
        assertEquals("Formulari de desplaçament", travel.get("type").asText());
        assertEquals("IN_PROGRESS", travel.get("status").asText());
        assertEquals("{\"country\":\"FR\",\"from\":\"2026-12-20\",\"to\":\"2027-01-06\"}", travel.get("fields").toString());
        assertEquals("Formulari de desplaçament", travel.at("/documents/output/0/name").asText());

        APIGatewayV2HTTPResponse again = api.call("file.json", e -> { });
        assertEquals(201, again.getStatusCode());
        assertEquals(travel, JSON.readTree(again.getBody()), "the retry answers the procedure the first request filed");
        JsonNode other = JSON.readTree(api.call("file.json", key("travel-2026-12-b")).getBody());
        assertNotEquals(code, other.get("code").asText(), "another key files another");
        assertEquals(travel.get("fields"), api.ok("procedure.json", e -> e.setPathParameters(Map.of("code", code))).get("fields"));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"type\":\"travel-form\",\"fields\":{\"country\":\"IT\",\"from\":\"2026-12-20\",\"to\":\"2027-01-06\"}}|400|fields.country",
            "{\"type\":\"travel-form\",\"fields\":{\"country\":\"FR\",\"from\":\"2026-12-20\"}}|400|fields.to",
            "{\"type\":\"proof-of-life\"}|400|type",
            "{\"type\":\"holidays\"}|400|type",
            "{\"fields\":{}}|400|type",
            "{\"type\":\"student-certificate-under-25\",\"fields\":{\"school\":\"UdA\",\"academicYear\":\"2026-2027\"}}|400|type",
            "{\"type\":\"travel-form\",\"fields\":{\"country\":7}}|400|fields.country",
            "not json|400|body",
    })
    void aBadRequestIsRefusedNamingTheField(String json, int status, String field) throws Exception {
        APIGatewayV2HTTPResponse response = api.call("file.json", body(json));
        assertEquals(status, response.getStatusCode(), response.getBody());
        assertEquals(field, JSON.readTree(response.getBody()).get("field").asText());
    }

    /** Seed 001: the student certificate under 25 is for the holder's student daughter (20), filed through her profile. */
    @Test
    void theHolderFilesAStudentCertificateForTheirDependant() throws Exception {
        APIGatewayV2HTTPResponse created = api.call("file.json", actingAs("dependant:100003C").andThen(body(
                "{\"type\":\"student-certificate-under-25\",\"fields\":{\"school\":\"Universitat d'Andorra\",\"academicYear\":\"2026-2027\"}}")));
        assertEquals(201, created.getStatusCode(), created.getBody());
        JsonNode student = JSON.readTree(created.getBody());
        assertEquals("PENDING", student.get("status").asText(), "the enrolment certificate is still to bring");
        assertEquals("Certificat de matrícula del curs", student.at("/documents/mandatory/0/name").asText());
        assertEquals(List.of(student.get("code").asText()), ProceduresIT.codes(api.ok("pending.json", actingAs("dependant:100003C"))));
        assertEquals(403, api.call("file.json", actingAs("self-employed:820451").andThen(e -> e.getRequestContext().getAuthorizer()
                .getLambda().put("cassNumber", "100004D"))).getStatusCode(), "a declarant's profile files none");
    }

    /** Seed 000 §2.1.2, "modificar-lo": the fields the type has, re-checked, once per key; a null empties one. */
    @Test
    void aPendingRequestIsModifiedOncePerKey() throws Exception {
        JsonNode changed = api.ok("modify.json", e -> { });
        assertEquals("{\"familyName\":\"Vidal Puig\"}", changed.get("fields").toString());
        assertEquals("2026-11-30T10:00:00Z", changed.get("modifiedAt").asText());
        assertEquals("PENDING", changed.get("status").asText());
        assertEquals(changed, api.ok("modify.json", e -> { }), "the retry answers as the first did");

        JsonNode more = api.ok("modify.json", key("modify-2026-11-30-b").andThen(body(
                "{\"fields\":{\"familyName\":null,\"maritalStatus\":\"married\"}}")));
        assertEquals("{\"maritalStatus\":\"married\"}", more.get("fields").toString());

        assertEquals("fields.maritalStatus", field(api.call("modify.json", key("modify-2026-11-30-c").andThen(body(
                "{\"fields\":{\"maritalStatus\":\"complicated\"}}")))));
        assertEquals("fields.school", field(api.call("modify.json", key("modify-2026-11-30-d").andThen(body("{\"fields\":{\"school\":\"UdA\"}}")))));
        assertEquals("fields", field(api.call("modify.json", key("modify-2026-11-30-e").andThen(body("{\"fields\":{}}")))));
        assertEquals("fields", field(api.call("modify.json", key("modify-2026-11-30-f").andThen(e ->
                e.setPathParameters(Map.of("code", "TA2026-006121"))))), "a proof of life has no fields to change");
        APIGatewayV2HTTPResponse finished = api.call("modify.json", key("modify-2026-11-30-g").andThen(e ->
                e.setPathParameters(Map.of("code", "TA2026-004512"))).andThen(body("{\"fields\":{\"addressee\":\"Ambaixada\"}}")));
        assertEquals(409, finished.getStatusCode(), finished.getBody());
    }

    /**
     * Two changes that both read the procedure before either writes: exactly one is kept, the other is a 409. The
     * store is the real one, wrapped so that each request waits at {@code act} until the other has read too; without
     * that, the second request could start after the first ended, read its change, and rightly succeed as well.
     */
    @Test
    void ofTwoChangesAtOnceOneWins() throws Exception {
        CyclicBarrier bothRead = new CyclicBarrier(2);
        FunctionCalls racing = new FunctionCalls("procedures", Env.with(stack.environment("ProceduresFunction"), () -> {
            var services = ProceduresApiFunction.Services.fromEnvironment(clock);
            var guard = new AccessGuard(new DynamoPersonStore(stack.dynamo(), stack.name("PeopleTable")),
                    new DynamoAccessLog(stack.dynamo(), stack.name("AccessLogTable")), clock);
            var store = new MeetingAtAct(new DynamoProcedureStore(stack.dynamo(), stack.name("RecordsTable")), bothRead);
            return new ProceduresApiFunction(new ProceduresApiFunction.Services(services.procedures(),
                    new ProcedureRequests(guard, store, new RequestRules(Set.of("ES", "FR", "PT"), 365), clock),
                    services.uploads(), services.cursors()));
        }));
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> racing.call("modify.json", key("concurrent-change-a")).getStatusCode());
            var second = pool.submit(() -> racing.call("modify.json", key("concurrent-change-b")
                    .andThen(body("{\"fields\":{\"familyName\":\"Vidal Roca\"}}"))).getStatusCode());
            List<Integer> statuses = new ArrayList<>(List.of(first.get(), second.get()));
            Collections.sort(statuses);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdown();
        }
    }

    /** The real store, but {@code act} waits for the other request to get there too (both have read by then). */
    record MeetingAtAct(ProcedureStore store, CyclicBarrier barrier) implements ProcedureStore {
        @Override
        public void saveProcedures(List<Procedure> procedures) {
            store.saveProcedures(procedures);
        }

        @Override
        public List<Procedure> procedures(CassNumber subject) {
            return store.procedures(subject);
        }

        @Override
        public Procedure createOnce(Procedure procedure) {
            return store.createOnce(procedure);
        }

        @Override
        public Page page(CassNumber subject, ProcedureFilter filter, boolean professional, int limit, String cursor) {
            return store.page(subject, filter, professional, limit, cursor);
        }

        @Override
        public java.util.Optional<Procedure> find(CassNumber subject, String code) {
            return store.find(subject, code);
        }

        @Override
        public Procedure act(Procedure seen, Procedure after, String action, String keyDigest, AccessEntry.Capacity capacity,
                             CassNumber actor) {
            try {
                barrier.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the other request never got to act", e);
            }
            return store.act(seen, after, action, keyDigest, capacity, actor);
        }
    }

    static String field(APIGatewayV2HTTPResponse response) throws Exception {
        assertEquals(400, response.getStatusCode(), response.getBody());
        return JSON.readTree(response.getBody()).get("field").asText();
    }

    static int put(JsonNode link, byte[] content) throws Exception {
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(link.get("url").asText()))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content));
        link.get("headers").fields().forEachRemaining(h -> {
            if (!h.getKey().equals("Content-Length")) { // the client sets it from the body, as a browser does
                put.header(h.getKey(), h.getValue().asText());
            }
        });
        return HttpClient.newHttpClient().send(put.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static Consumer<APIGatewayV2HTTPEvent> upload(String document, String contentType, long size) {
        return body("{\"document\":\"" + document + "\",\"contentType\":\"" + contentType + "\",\"size\":" + size + "}");
    }

    /**
     * Issue 18: a presigned PUT of exactly the announced size, then the check by content; the last mandatory document
     * moves the procedure on to CASS, and the file is downloadable from where it is kept.
     */
    @Test
    void theLastMandatoryDocumentMovesTheProcedureOn() throws Exception {
        assertEquals(409, api.call("complete.json", e -> { }).getStatusCode(), "nothing uploaded yet");
        JsonNode link = api.ok("upload.json", upload("1", "application/pdf", PDF.length));
        assertEquals("PUT", link.get("method").asText());
        assertEquals("2026-11-30T10:15:00Z", link.get("expiresAt").asText());
        assertEquals("/procedures/TA2026-006120/documents/1/complete", link.get("complete").asText());
        assertEquals(200, put(link, PDF));

        JsonNode done = api.ok("complete.json", e -> { });
        assertEquals("IN_PROGRESS", done.get("status").asText());
        assertTrue(done.at("/documents/mandatory/0/available").asBoolean());
        assertFalse(done.at("/documents/optional/0/available").asBoolean());
        assertEquals(done, api.ok("complete.json", e -> { }), "confirming again answers the procedure as it is");

        JsonNode download = api.ok("download.json", e -> e.setPathParameters(Map.of("code", "TA2026-006120", "id", "1")));
        HttpResponse<byte[]> fetched = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(download.get("url").asText())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, fetched.statusCode());
        assertTrue(java.util.Arrays.equals(PDF, fetched.body()));
        assertEquals(409, api.call("upload.json", upload("2", "application/pdf", 10)).getStatusCode(), "it no longer waits");
        try (S3Client s3 = stack.engines().s3Client()) {
            assertTrue(s3.listObjectsV2(r -> r.bucket(stack.name("DocumentsBucket")).prefix("incoming/")).contents().isEmpty());
        }
    }

    /** Issue 18: the content decides, not the name nor the announced type; a refused file leaves nothing behind. */
    @Test
    void aFileThatIsNotWhatItClaimsIsRefusedAndRemoved() throws Exception {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
        JsonNode link = api.ok("upload.json", upload("1", "application/pdf", html.length));
        assertEquals(200, put(link, html));
        assertEquals("file", field(api.call("complete.json", e -> { })));
        try (S3Client s3 = stack.engines().s3Client()) {
            assertTrue(s3.listObjectsV2(r -> r.bucket(stack.name("DocumentsBucket")).prefix("incoming/")).contents().isEmpty());
            assertTrue(s3.listObjectsV2(r -> r.bucket(stack.name("DocumentsBucket")).prefix("procedures/")).contents().isEmpty());
        }
        assertEquals("PENDING", api.ok("procedure.json", e -> { }).get("status").asText());
    }

    @ParameterizedTest(name = "{0} {1} {2} bytes -> {3}")
    @CsvSource({
            "1, image/gif,       100,      400",
            "1, application/pdf, 0,        400",
            "1, application/pdf, 10485761, 400",
            "1, image/png,       10485760, 200",
            "3, application/pdf, 100,      400",
            "4, application/pdf, 100,      404",
    })
    void theUploadIsBoundedBeforeALinkIsGiven(String document, String contentType, long size, int status) {
        APIGatewayV2HTTPResponse response = api.call("upload.json", upload(document, contentType, size));
        assertEquals(status, response.getStatusCode(), response.getBody());
    }

    @Test
    void aLinkTakesOnlyTheAnnouncedSize() throws Exception {
        JsonNode link = api.ok("upload.json", upload("1", "application/pdf", 100));
        assertNotEquals(200, put(link, PDF), "a file of another size than the one signed");
        try (S3Client s3 = stack.engines().s3Client()) {
            assertThrowsNoSuchKey(s3);
        }
    }

    private void assertThrowsNoSuchKey(S3Client s3) {
        try {
            s3.headObject(r -> r.bucket(stack.name("DocumentsBucket")).key("incoming/100001A/TA2026-006120/1"));
            throw new AssertionError("the upload of another size was kept");
        } catch (NoSuchKeyException e) {
            // nothing was stored
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            assertEquals(404, e.statusCode());
        }
    }
}
