package ad.cass.online.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.documents.S3DocumentStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Issue 21's schedules as a developer fires them on the local runtime ({@code POST /_local/schedules/...?time=}), on
 * the demo data: Jean-Pierre (100005E, in France, French) was asked on 1 November by the demo's opening run; the
 * reminder 30 days before the deadline and the deadline run reach him once each, by mail (the emulator's SES, read
 * back from the outbox) and as a notice in the portal, however often they are fired. Its own runtime: it suspends
 * a demo pension.
 */
class ProofOfLifeSchedulesIT {
    static final ObjectMapper JSON = LocalRuntime.JSON;
    static final String JEAN_PIERRE = "jp.martin@example.fr";

    @RegisterExtension
    static final LocalRuntime LOCAL = new LocalRuntime("lifecert");

    static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        return LOCAL.send(method, path, token, body);
    }

    static String fire(String function, String time) throws Exception {
        HttpResponse<String> fired = send("POST", "/_local/schedules/" + function + "?time=" + time, null, null);
        assertEquals(200, fired.statusCode(), fired.body());
        return fired.body();
    }

    static String login() throws Exception {
        return LOCAL.signIn("100005E");
    }

    static List<Map<String, String>> mailsToJeanPierre() {
        return LOCAL.system().engines().outbox().messages().stream().filter(m -> JEAN_PIERRE.equals(m.get("to"))).toList();
    }

    static JsonNode november(String token) throws Exception {
        HttpResponse<String> status = send("GET", "/life-certificates", token, null);
        assertEquals(200, status.statusCode(), status.body());
        for (JsonNode c : JSON.readTree(status.body()).get("campaigns")) {
            if (c.at("/campaign/id").asText().equals("2026-11")) {
                return c;
            }
        }
        throw new AssertionError("no November campaign in " + status.body());
    }

    static List<String> noticeIds(String token) throws Exception {
        HttpResponse<String> notices = send("GET", "/notices", token, null);
        assertEquals(200, notices.statusCode(), notices.body());
        return JSON.readTree(notices.body()).get("notices").findValuesAsText("id");
    }

    /**
     * A certificate's file is kept as the function keeps it (S3DocumentStore) in the local runtime's S3, S3Proxy on the
     * filesystem, which refuses what the ITs' in-memory S3Proxy lets pass (an encryption header once made the local
     * submit a 503): written and read back there.
     */
    @Test
    void theLocalRuntimesS3KeepsACertificatesFile() {
        byte[] pdf = "%PDF-1.7 certificat de vie".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        try (S3Client s3 = LOCAL.system().engines().s3Client()) {
            S3DocumentStore documents = new S3DocumentStore(s3, null, LOCAL.system().template().string(Map.of("Ref", "DocumentsBucket")));
            documents.put("life-certificates/100005E/test.pdf", pdf, "application/pdf");
            assertArrayEquals(pdf, documents.get("life-certificates/100005E/test.pdf").orElseThrow());
        }
    }

    @Test
    void theSchedulesReachThePensionerOnceEachByMailAndInThePortal() throws Exception {
        String token = login();
        // the demo's own opening run: the request's audit entry and its notice, in French
        JsonNode asked = november(token);
        assertEquals("REQUEST", asked.at("/actions/0/action").asText());
        assertEquals("2026-11-01T03:00:07Z", asked.at("/actions/0/at").asText());
        HttpResponse<String> notices = send("GET", "/notices", token, null);
        JsonNode request = JSON.readTree(notices.body()).get("notices").findParents("id").stream()
                .filter(n -> n.get("id").asText().equals("FV-2026-11-REQUEST")).findFirst().orElseThrow();
        assertEquals("MESSAGE", request.get("kind").asText());
        assertTrue(request.get("text").asText().contains("daté du mois de novembre 2026"), request.toString());
        assertEquals("/life-certificates", request.get("link").asText());
        assertTrue(mailsToJeanPierre().isEmpty(), "the demo's opening mail is not sent again at start");

        // the opening fired again for its day: the run is done, nothing more
        assertTrue(fire("LifeCertificateOpeningFunction", "2026-11-01T03:00:00Z").contains("recorded {}"), "no new request");

        // 30 days before the deadline of 31/12/2026: the first reminder, once however often it fires
        String reminders = fire("LifeCertificateRemindersFunction", "2026-12-01T04:00:00Z");
        assertTrue(reminders.contains("REMINDER=1"), reminders);
        fire("LifeCertificateRemindersFunction", "2026-12-01T04:00:00Z");
        assertEquals(List.of("CASS : rappel du certificat de vie (novembre 2026)"),
                mailsToJeanPierre().stream().map(m -> m.get("subject")).toList());
        assertTrue(mailsToJeanPierre().get(0).get("text").contains("vous devez en envoyer deux"), "his pension has a supplement");

        // the deadline run after 31/12/2026, fired twice: one suspension, its letter once
        String deadline = fire("LifeCertificateDeadlineFunction", "2027-01-01T05:00:00Z");
        assertTrue(deadline.contains("SUSPENSION=1"), deadline);
        fire("LifeCertificateDeadlineFunction", "2027-01-01T05:00:00Z");
        assertEquals(List.of("CASS : rappel du certificat de vie (novembre 2026)", "CASS : votre pension est suspendue"),
                mailsToJeanPierre().stream().map(m -> m.get("subject")).toList());

        HttpResponse<String> status = send("GET", "/life-certificates", token, null);
        assertEquals("SUSPENDED", JSON.readTree(status.body()).at("/pension/status").asText(), status.body());
        assertEquals(List.of("REQUEST", "REMINDER-30", "SUSPENSION"), november(token).get("actions").findValuesAsText("action"));
        assertTrue(noticeIds(token).containsAll(List.of("FV-2026-11-REQUEST", "FV-2026-11-REMINDER-30", "FV-2026-11-SUSPENSION")),
                noticeIds(token).toString());
        assertEquals(204, send("POST", "/notices/FV-2026-11-SUSPENSION/read", token, null).statusCode());
    }
}
