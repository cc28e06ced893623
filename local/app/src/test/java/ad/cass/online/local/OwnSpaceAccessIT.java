package ad.cass.online.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.local.demo.DemoData;
import ad.cass.online.testing.ApiContract;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17: the access rules over every route of the own space, on the local runtime with the demo people, as
 * a portal calls them: each caller acting as a profile gets what the access guard says (seed 000 §1.1, seed
 * 002) and never another person's data; every answer is held to openapi.yaml.
 * <p>Acting as a stranger's or a former dependant's profile cannot even be chosen ({@code PUT /session/profile}
 * answers 403, {@code SessionApiIT}); a session left on one falls back to its own (AccessGuardTest, HomeIT).
 */
class OwnSpaceAccessIT {
    static final ObjectMapper JSON = LocalRuntime.JSON;
    static final HttpClient HTTP = LocalRuntime.HTTP;
    static final List<String> EVERYONE = List.of("100001A", "100002B", "100003C", "100004D", "100005E", "100006F", "100007G");
    /** Whom each person's own file may name besides them: the Vidal household. */
    static final Map<String, List<String>> HOUSEHOLD = Map.ofEntries(Map.entry("100001A", List.of("100002B", "100003C")),
            Map.entry("100002B", List.of("100001A")), Map.entry("100003C", List.of("100001A")), Map.entry("820451", List.of()),
            Map.entry("100004D", List.of()), Map.entry("100005E", List.of()), Map.entry("100006F", List.of()),
            Map.entry("100007G", List.of()), Map.entry("930118", List.of()), Map.entry("940220", List.of()),
            Map.entry("100009J", List.of()));
    @RegisterExtension
    static final LocalRuntime LOCAL = new LocalRuntime("matrix").withQueues();
    static final Map<String, String> TOKENS = new HashMap<>();

    /** Every answer here is of a route of the contract, held to it (LocalRuntime.send). */
    static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        String route = LocalRuntime.route(method, path.replaceAll("\\?.*", ""));
        assertTrue(ApiContract.operations().contains(route), route + " is not in openapi.yaml");
        return LOCAL.send(method, path, token, body, "Idempotency-Key", "matrix-" + path.hashCode() + "-" + token.hashCode());
    }

    /** A session of {@code who} acting as {@code profileId}, one per pair, opened once. */
    static String session(String who, String profileId) throws Exception {
        String key = who + "/" + profileId;
        if (!TOKENS.containsKey(key)) {
            // a CASS digital certificate (issue 22: "CD-…" as the caller) signs in as its declarant and nothing else
            boolean contract = who.startsWith("CD-");
            String token = contract ? contractSignIn(who) : LOCAL.signIn(who);
            if (!profileId.startsWith("own:") && !contract) {
                assertEquals(200, send("PUT", "/session/profile", token, "{\"profileId\":\"" + profileId + "\"}").statusCode());
            }
            TOKENS.put(key, token);
        }
        return TOKENS.get(key);
    }

    static String contractSignIn(String contractNumber) throws Exception {
        HttpResponse<String> login = LOCAL.send("POST", "/auth/login/contract", null,
                "{\"contractNumber\":\"" + contractNumber + "\",\"password\":\"" + DemoData.PIN + "\"}");
        assertEquals(200, login.statusCode(), login.body());
        return JSON.readTree(login.body()).get("token").asText();
    }

    static final String STUDENT = "{\"givenName\":\"Martí\",\"familyName\":\"Vidal\",\"category\":\"student-18-to-25\","
            + "\"birthDate\":\"2007-03-01\",\"economicActivity\":false,\"ownsBusiness\":false,\"companyAdministrator\":false,"
            + "\"pensionWithHealthCover\":false,\"legalResidence\":true}";

    @ParameterizedTest(name = "{0} as {1}: {2} {3} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # caller | acting as                | method | path                            | body                      | status | whose data
            100001A  | own:100001A              | GET    | /home                           | -                         | 200    | 100001A
            100001A  | dependant:100003C        | GET    | /home                           | -                         | 200    | 100003C
            100001A  | dependant:100002B        | GET    | /home                           | -                         | 200    | 100002B
            100003C  | own:100003C              | GET    | /home                           | -                         | 200    | 100003C
            100004D  | self-employed:820451     | GET    | /home                           | -                         | 200    | 100004D
            100001A  | own:100001A              | GET    | /access-log                     | -                         | 200    | -
            100001A  | dependant:100003C        | GET    | /access-log                     | -                         | 200    | -
            100001A  | own:100001A              | GET    | /referring-doctor               | -                         | 200    | -
            100001A  | dependant:100002B        | GET    | /referring-doctor               | -                         | 200    | -
            100001A  | dependant:100002B        | PUT    | /referring-doctor               | {"doctorId":"MR-0501"}    | 200    | -
            100001A  | own:100001A              | GET    | /referring-doctor/history       | -                         | 200    | -
            100006F  | own:100006F              | PUT    | /referring-doctor               | {"doctorId":"MR-0000"}    | 400    | -
            100001A  | own:100001A              | GET    | /notices                        | -                         | 200    | -
            100001A  | dependant:100003C        | GET    | /notices                        | -                         | 200    | -
            100001A  | dependant:100003C        | GET    | /notices/AV-2026-0031/download  | -                         | 404    | -
            100003C  | own:100003C              | GET    | /notices/AV-2026-0031/download  | -                         | 404    | -
            100001A  | own:100001A              | GET    | /notices/AV-2026-0031/download  | -                         | 200    | -
            100001A  | dependant:100003C        | POST   | /notices/AV-2026-0031/read      | -                         | 404    | -
            100003C  | own:100003C              | POST   | /notices/AV-2026-0031/read      | -                         | 404    | -
            100001A  | own:100001A              | POST   | /notices/AV-2026-0031/read      | -                         | 204    | -
            100001A  | dependant:100003C        | GET    | /settings                       | -                         | 200    | -
            100005E  | own:100005E              | GET    | /settings                       | -                         | 200    | -
            100001A  | own:100001A              | PUT    | /settings                       | {"textSize":"large","language":"en"} | 200 | -
            100001A  | dependant:100003C        | POST   | /contact                        | {"subject":"Dubte","message":"Bon dia","replyEmail":"jordi.vidal@example.ad","conditionsAccepted":true} | 202 | -
            100004D  | self-employed:820451     | POST   | /contact                        | {"subject":"Dubte","message":"Bon dia","replyEmail":"nuria.puig@example.ad","conditionsAccepted":false} | 400 | -
            100001A  | own:100001A              | GET    | /dependants/requirements        | -                         | 200    | -
            100001A  | own:100001A              | POST   | /dependants                     | STUDENT                   | 201    | -
            100001A  | dependant:100003C        | POST   | /dependants                     | STUDENT                   | 403    | -
            100001A  | dependant:100003C        | GET    | /income                         | -                         | 403    | -
            100001A  | dependant:100003C        | GET    | /points                         | -                         | 403    | -
            100001A  | dependant:100003C        | GET    | /pension-simulation             | -                         | 403    | -
            100001A  | dependant:100003C        | GET    | /sick-leaves                    | -                         | 403    | -
            100001A  | dependant:100003C        | GET    | /payments                       | -                         | 403    | -
            100001A  | dependant:100003C        | GET    | /work-suspensions               | -                         | 403    | -
            100001A  | dependant:100003C        | POST   | /extracts                       | {"type":"points"}         | 403    | -
            100001A  | dependant:100003C        | POST   | /extracts                       | {"type":"student-under-25"} | 202  | -
            100001A  | own:100001A              | POST   | /extracts                       | {"type":"student-under-25"} | 403  | -
            100001A  | dependant:100002B        | POST   | /extracts                       | {"type":"health-coverage"} | 202   | -
            100001A  | dependant:100002B        | GET    | /eligibility                    | -                         | 200    | -
            100001A  | own:100001A              | GET    | /wallet/health-card             | -                         | 200    | -
            100001A  | dependant:100002B        | GET    | /wallet/health-card             | -                         | 200    | -
            100004D  | self-employed:820451     | GET    | /wallet/health-card             | -                         | 200    | -
            100004D  | own:100004D              | GET    | /sick-leaves                    | -                         | 200    | -
            100007G  | own:100007G              | GET    | /pension-simulation             | -                         | 200    | -
            100004D  | self-employed:820451     | POST   | /dependants                     | STUDENT                   | 403    | -
            100001A  | own:100001A              | GET    | /personal-file                  | -                         | 200    | 100001A
            100001A  | dependant:100003C        | GET    | /personal-file                  | -                         | 200    | 100003C
            100001A  | dependant:100002B        | GET    | /personal-file                  | -                         | 200    | 100002B
            100003C  | own:100003C              | GET    | /personal-file                  | -                         | 200    | 100003C
            100004D  | self-employed:820451     | GET    | /personal-file                  | -                         | 200    | 100004D
            100007G  | own:100007G              | GET    | /personal-file                  | -                         | 200    | 100007G
            100001A  | dependant:100002B        | PATCH  | /personal-file                  | {"phone":"+376 812 999"}  | 200    | 100002B
            100001A  | dependant:100003C        | PATCH  | /personal-file                  | {"iban":"AD12 0001 2030 2003 5910 0100"} | 403 | -
            100003C  | own:100003C              | PATCH  | /personal-file                  | {"iban":"AD12 0001 2030 2003 5910 0100"} | 403 | -
            100004D  | self-employed:820451     | PATCH  | /personal-file                  | {"email":"nuria.puig@"}   | 400    | -
            100006F  | own:100006F              | PATCH  | /personal-file                  | {"iban":"AD32 0001 2030 9876 5432 1000"} | 409 | -
            100001A  | own:100001A              | GET    | /personal-file/history          | -                         | 200    | -
            100001A  | dependant:100002B        | GET    | /personal-file/history          | -                         | 200    | -
            100005E  | own:100005E              | GET    | /life-certificates              | -                         | 200    | -
            100006F  | own:100006F              | GET    | /life-certificates              | -                         | 200    | -
            100001A  | own:100001A              | GET    | /life-certificates              | -                         | 404    | -
            100001A  | dependant:100002B        | GET    | /life-certificates              | -                         | 404    | -
            100004D  | self-employed:820451     | GET    | /life-certificates              | -                         | 404    | -
            100005E  | own:100005E              | POST   | /life-certificates              | {"issuerType":"HOSPITAL","issueDate":"2026-11-20","country":"FR","file":"JVBERi0xLjQK"} | 400 | -
            100001A  | own:100001A              | POST   | /life-certificates              | {"issuerType":"NOTARY","issueDate":"2026-11-20","country":"FR","file":"JVBERi0xLjQK"} | 404 | -
            100001A  | own:100001A              | GET    | /procedures                     | -                         | 200    | -
            100001A  | dependant:100002B        | GET    | /procedures?status=pending      | -                         | 200    | -
            100001A  | dependant:100002B        | GET    | /procedures/TA2026-006120       | -                         | 404    | -
            100001A  | own:100001A              | GET    | /procedures/TA2026-006120/documents | -                     | 200    | -
            100003C  | own:100003C              | GET    | /procedures/TA2026-006120       | -                         | 404    | -
            100003C  | own:100003C              | POST   | /procedures/TA2026-006120/cancel | -                        | 404    | -
            100001A  | dependant:100002B        | POST   | /procedures/TA2026-006120/accept | -                        | 404    | -
            100005E  | own:100005E              | POST   | /procedures/TA2026-004512/accept | -                        | 404    | -
            100001A  | own:100001A              | POST   | /procedures/TA2026-004512/accept | -                        | 409    | -
            100001A  | own:100001A              | GET    | /reimbursements                 | -                         | 200    | -
            100001A  | own:100001A              | GET    | /procedures/TA2026-004512/documents/1 | -                   | 200    | -
            100001A  | dependant:100003C        | GET    | /procedures/TA2026-004512/documents/1 | -                   | 404    | -
            100003C  | own:100003C              | GET    | /procedures/TA2026-008801/documents/2 | -                   | 200    | -
            100001A  | dependant:100002B        | GET    | /reimbursements?from=2025-06-01&to=2026-11-30 | -           | 200    | -
            100001A  | own:100001A              | GET    | /reimbursements/2025030000      | -                         | 200    | -
            100001A  | dependant:100002B        | GET    | /reimbursements/2025030000      | -                         | 404    | -
            100005E  | own:100005E              | GET    | /reimbursements/2025030000      | -                         | 404    | -
            100004D  | self-employed:820451     | GET    | /procedures?type=contribution-base-declaration | -          | 200    | -
            100001A  | own:100001A              | GET    | /procedures/forms               | -                         | 200    | -
            100001A  | own:100001A              | POST   | /procedures                     | {"type":"health-coverage-certificate"} | 201 | -
            100001A  | dependant:100003C        | POST   | /procedures                     | {"type":"student-certificate-under-25","fields":{"school":"UdA","academicYear":"2026-2027"}} | 201 | -
            100001A  | dependant:100003C        | POST   | /procedures                     | {"type":"student-certificate-25-to-30","fields":{"school":"UdA","academicYear":"2026-2027"}} | 400 | -
            100004D  | self-employed:820451     | POST   | /procedures                     | {"type":"health-coverage-certificate"} | 403 | -
            100003C  | own:100003C              | PATCH  | /procedures/TA2026-006120       | {"fields":{"familyName":"Serra"}} | 404 | -
            100001A  | dependant:100002B        | PATCH  | /procedures/TA2026-006120       | {"fields":{"familyName":"Serra"}} | 404 | -
            100001A  | own:100001A              | PATCH  | /procedures/TA2026-006120       | {"fields":{"familyName":"Vidal i Serra"}} | 200 | -
            100001A  | dependant:100002B        | POST   | /procedures/TA2026-006120/documents | {"document":"1","contentType":"application/pdf","size":1000} | 404 | -
            100001A  | own:100001A              | POST   | /procedures/TA2026-006120/documents | {"document":"1","contentType":"application/pdf","size":1000} | 200 | -
            100003C  | own:100003C              | POST   | /procedures/TA2026-006120/documents/1/complete | -          | 404    | -
            100004D  | self-employed:820451     | GET    | /declarant                      | -                         | 200    | -
            CD-0940-2024 | company:940220       | GET    | /declarant                      | -                         | 200    | -
            CD-0451-2019 | self-employed:820451 | GET    | /declarant                      | -                         | 200    | -
            100009J  | company:940220           | GET    | /declarant                      | -                         | 200    | -
            100004D  | household-employer:930118 | GET   | /declarant                      | -                         | 200    | -
            100004D  | own:100004D              | GET    | /declarant                      | -                         | 403    | -
            100001A  | dependant:100002B        | GET    | /declarant                      | -                         | 403    | -
            100009J  | own:100009J              | GET    | /declarant                      | -                         | 403    | -
            CD-0940-2024 | company:940220       | GET    | /home                           | -                         | 403    | -
            100004D  | self-employed:820451     | GET    | /declarant/contributions?state=pending | -                  | 200    | -
            CD-0940-2024 | company:940220       | GET    | /declarant/contributions?year=2026 | -                      | 200    | -
            100001A  | own:100001A              | GET    | /declarant/contributions        | -                         | 403    | -
            100004D  | self-employed:820451     | POST   | /declarant/contributions/2026-13 | {}                       | 400    | -
            CD-0940-2024 | company:940220       | POST   | /declarant/contributions/2026-11 | {"lines":[{"cassNumber":"999999Z","days":30,"salary":[{"concept":"SB","cents":100}]}]} | 400 | -
            100004D  | household-employer:930118 | POST  | /declarant/contributions/2026-11 | {"lines":[{"cassNumber":"100008H","days":31,"salary":[{"concept":"SB","cents":118000}]}]} | 400 | -
            100001A  | dependant:100003C        | POST   | /declarant/contributions/2026-11 | {}                       | 403    | -
            100004D  | self-employed:820451     | GET    | /declarant/payments?state=pending | -                       | 200    | -
            100004D  | household-employer:930118 | POST  | /declarant/payments/PG-820451-2026-09 | -                   | 404    | -
            CD-0940-2024 | company:940220       | POST   | /declarant/payments/PG-820451-2026-09 | -                   | 404    | -
            100004D  | self-employed:820451     | POST   | /declarant/payments/PG-820451-2026-09 | -                   | 201    | -
            CD-0940-2024 | company:940220       | GET    | /declarant/incapacities         | -                         | 200    | -
            100004D  | self-employed:820451     | GET    | /declarant/incapacities?state=all | -                       | 200    | -
            100001A  | own:100001A              | GET    | /declarant/incapacities         | -                         | 403    | -
            CD-0940-2024 | company:940220       | GET    | /declarant/employees            | -                         | 200    | -
            100001A  | dependant:100002B        | GET    | /declarant/employees            | -                         | 403    | -
            CD-0940-2024 | company:940220       | POST   | /declarant/employees            | {"cassNumber":"100001A","startDate":"2020-01-01"} | 400 | -
            100004D  | self-employed:820451     | POST   | /declarant/employees            | {"cassNumber":"100001A","startDate":"2020-01-01"} | 409 | -
            100004D  | own:100004D              | POST   | /declarant/employees            | {"cassNumber":"100001A","startDate":"2020-01-01"} | 403 | -
            100004D  | household-employer:930118 | POST  | /declarant/employees/100010K/leave | {"endDate":"2026-12-31"} | 404   | -
            CD-0940-2024 | company:940220       | POST   | /declarant/employees/100010K/leave | {"endDate":"2020-01-01"} | 400   | -
            100004D  | self-employed:820451     | POST   | /declarant/own-account-base     | {"year":2027,"bandPercent":110} | 400 | -
            CD-0940-2024 | company:940220       | POST   | /declarant/own-account-base     | {"year":2027,"bandPercent":100} | 409 | -
            100004D  | self-employed:820451     | PATCH  | /declarant                      | {"iban":"AD12 0001 2030 2003 5910 0101"} | 400 | -
            CD-0940-2024 | company:940220       | PATCH  | /declarant                      | {"phone":"+376 812 346"}  | 201    | -
            100001A  | own:100001A              | PATCH  | /declarant                      | {"phone":"+376 812 346"}  | 403    | -
            100001A  | own:100001A              | GET    | /declarant/payments             | -                         | 403    | -
            100004D  | own:100004D              | POST   | /declarant/payments/PG-820451-2026-09 | -                   | 403    | -
            100001A  | dependant:100002B        | POST   | /declarant/employees/100010K/leave | {"endDate":"2026-12-31"} | 403   | -
            100009J  | own:100009J              | POST   | /declarant/own-account-base     | {"year":2027,"bandPercent":100} | 403 | -
            """)
    void theGuardDecidesOnEveryRoute(String who, String profileId, String method, String path, String body, int status,
                                     String whose) throws Exception {
        HttpResponse<String> response = send(method, path, session(who, profileId), "STUDENT".equals(body) ? STUDENT : body);
        assertEquals(status, response.statusCode(), response.body());
        if (whose != null) {
            var answer = JSON.readTree(response.body());
            assertEquals(whose, (answer.has("person") ? answer.get("person") : answer.get("personal")).get("cassNumber").asText());
        }
        // never anyone's number but the caller's, the profile's and their own household's (a personal file lists the
        // dependants in one's charge; a dependant's names their holder, who also appears as the actor of a change)
        for (String other : EVERYONE) {
            if (!other.equals(who) && !profileId.endsWith(other) && !HOUSEHOLD.get(profileId.replaceAll(".*:", "")).contains(other)) {
                assertFalse(response.body().contains(other), path + " showed " + other + ": " + response.body());
            }
        }
    }

    /**
     * Issue 18, end to end on the local runtime (S3Proxy keeping files on disk, as {@code start-api} does): a request
     * that waits for a document, its upload through the presigned link, and the check that moves it on.
     */
    @org.junit.jupiter.api.Test
    void aDocumentUploadedThroughItsLinkMovesTheRequestOn() throws Exception {
        String laia = session("100003C", "own:100003C");
        HttpResponse<String> filed = send("POST", "/procedures", laia, "{\"type\":\"medical-voucher-abroad\",\"fields\":"
                + "{\"country\":\"ES\",\"provider\":\"Hospital Sant Joan de Déu\",\"appointment\":\"2027-01-15\"}}");
        assertEquals(201, filed.statusCode(), filed.body());
        String code = JSON.readTree(filed.body()).get("code").asText();
        byte[] prescription = "%PDF-1.7 recepta del metge".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        HttpResponse<String> link = send("POST", "/procedures/" + code + "/documents", laia,
                "{\"document\":\"1\",\"contentType\":\"application/pdf\",\"size\":" + prescription.length + "}");
        assertEquals(200, link.statusCode(), link.body());
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(JSON.readTree(link.body()).get("url").asText()))
                .header("Content-Type", "application/pdf").PUT(HttpRequest.BodyPublishers.ofByteArray(prescription)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, put.statusCode(), put.body());
        HttpResponse<String> complete = send("POST", "/procedures/" + code + "/documents/1/complete", laia, null);
        assertEquals(200, complete.statusCode(), complete.body());
        assertEquals("IN_PROGRESS", JSON.readTree(complete.body()).get("status").asText());
    }

    /**
     * Issue 20, end to end on the local runtime: the request is queued, the runtime delivers the queue to the generator
     * as Lambda would, the PDF lands in S3Proxy's files (as start-api keeps them), and its code checks out publicly.
     */
    @org.junit.jupiter.api.Test
    void aDocumentAskedForIsGeneratedByTheQueuesConsumerAndChecksOut() throws Exception {
        String jordi = session("100001A", "own:100001A");
        HttpResponse<String> asked = send("POST", "/extracts", jordi, "{\"type\":\"working-life\"}");
        assertEquals(202, asked.statusCode(), asked.body());
        String id = JSON.readTree(asked.body()).get("id").asText();
        com.fasterxml.jackson.databind.JsonNode status = null;
        for (int i = 0; i < 100; i++) { // the runtime polls the queue every 250 ms
            status = JSON.readTree(send("GET", "/extracts/" + id, jordi, null).body());
            if (!status.get("state").asText().equals("PENDING")) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals("READY", status.get("state").asText(), status.toString());
        HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(status.at("/download/url").asText())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        HttpResponse<String> verified = LOCAL.send("GET", "/verify/" + status.get("verificationCode").asText(), null, null);
        assertEquals(200, verified.statusCode(), verified.body());
        assertEquals(status.get("sha256").asText(), JSON.readTree(verified.body()).get("sha256").asText());
    }

    /** The demo's former dependant (100007G, a student until 25): his old holder cannot act as him, nor reach his file. */
    @org.junit.jupiter.api.Test
    void aFormerDependantIsNoLongerReachable() throws Exception {
        String jordi = session("100001A", "own:100001A");
        HttpResponse<String> choose = send("PUT", "/session/profile", jordi, "{\"profileId\":\"dependant:100007G\"}");
        assertEquals(403, choose.statusCode(), choose.body());
        HttpResponse<String> file = send("GET", "/personal-file", jordi, null);
        assertFalse(file.body().contains("100007G"), file.body());
    }
}
