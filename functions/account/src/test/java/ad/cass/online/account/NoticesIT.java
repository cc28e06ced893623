package ad.cass.online.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.notices.NoticeItems;
import ad.cass.online.domain.notices.ActiveNotice;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.testing.TestPeople;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Active notices (seed 000 §2.2.2) over HTTP, driven by events/account/notices-*.json, with the template's
 * environment, the documents in the emulated Documents bucket and the links fetched for real.
 */
class NoticesIT extends AccountFunctionHarness {
    static final byte[] PDF = "%PDF-1.4 certificat".getBytes(StandardCharsets.US_ASCII);

    @Override
    void seed() {
        new PersonRecords(stack.dynamo(), stack.name("RecordsTable")).write(List.of(
                notice(TestPeople.HOLDER, "AV-2026-0031", NOW.minus(Duration.ofDays(20)), LocalDate.of(2027, 3, 8)),
                notice(TestPeople.HOLDER, "AV-2025-0977", NOW.minus(Duration.ofDays(300)), LocalDate.of(2026, 11, 29)), // gone
                notice(TestPeople.STUDENT, "AV-2026-0102", NOW.minus(Duration.ofDays(5)), LocalDate.of(2027, 9, 14)),
                // issue 21: a letter is a notice too, with its text and no document
                ActiveNotice.message(TestPeople.HOLDER, "FV-2026-11-REQUEST", "Fe de vida: envieu el certificat abans del 31/12/2026",
                        "Com cada any al maig i al novembre, la CASS us demana un certificat de fe de vida.", "/life-certificates",
                        NOW.minus(Duration.ofDays(29)), LocalDate.of(2026, 12, 31))),
                NoticeItems::item);
        try (S3Client s3 = stack.engines().s3Client()) {
            s3.putObject(r -> r.bucket(stack.name("DocumentsBucket")).key("notices/100001A/AV-2026-0031.pdf").contentType("application/pdf"),
                    RequestBody.fromBytes(PDF));
        }
    }

    static ActiveNotice notice(CassNumber who, String id, Instant created, LocalDate until) {
        return new ActiveNotice(who, id, "TA2026-004512", "Certificat de cobertura sanitària", created, until, null,
                "notices/" + who.value() + "/" + id + ".pdf");
    }

    APIGatewayV2HTTPResponse call(String eventFile, String id) {
        return send(eventFile, event -> {
            if (id != null) {
                event.setPathParameters(java.util.Map.of("id", id));
                event.setRawPath("/notices/" + id + (eventFile.contains("read") ? "/read" : "/download"));
            }
        });
    }

    /** Issue 21: a letter shown in the portal, its text in the list, read with POST /notices/{id}/read, nothing to download. */
    @Test
    void aMessageIsShownWithItsTextAndReadWithoutADownload() throws Exception {
        JsonNode listed = JSON.readTree(call("notices.json", null).getBody()).get("notices");
        assertEquals(List.of("AV-2026-0031", "FV-2026-11-REQUEST"), listed.findValuesAsText("id"), "newest first");
        JsonNode message = listed.get(1);
        assertEquals("MESSAGE", message.get("kind").asText());
        assertEquals("/life-certificates", message.get("link").asText());
        assertTrue(message.get("text").asText().startsWith("Com cada any"), message.toString());
        assertFalse(message.has("procedureCode"));
        assertEquals("DOCUMENT", listed.get(0).get("kind").asText());

        APIGatewayV2HTTPResponse download = call("notices-download.json", "FV-2026-11-REQUEST");
        assertEquals(409, download.getStatusCode(), download.getBody());
        assertTrue(JSON.readTree(download.getBody()).get("detail").asText().contains("no té cap document"), download.getBody());

        assertEquals(204, call("notices-read.json", null).getStatusCode());
        assertEquals(204, call("notices-read.json", null).getStatusCode(), "read again: the same");
        JsonNode after = JSON.readTree(call("notices.json", null).getBody());
        assertEquals(1, after.get("unread").asInt(), "the document's notice is still unread");
        assertEquals("2026-11-30T10:00:00Z", after.get("notices").get(1).get("readAt").asText());
        assertEquals(404, call("notices-read.json", "AV-2026-0102").getStatusCode(), "Laia's, read by Jordi as himself");
    }

    @Test
    void theListShowsWhatIsStillAvailableAndADownloadIsAFiveMinuteLinkThatMarksItRead() throws Exception {
        JsonNode before = JSON.readTree(call("notices.json", null).getBody());
        assertEquals(List.of("AV-2026-0031", "FV-2026-11-REQUEST"), before.get("notices").findValuesAsText("id"), "not the one past its day");
        assertEquals(2, before.get("unread").asInt());
        APIGatewayV2HTTPResponse download = call("notices-download.json", null);
        assertEquals(200, download.getStatusCode(), download.getBody());
        JsonNode link = JSON.readTree(download.getBody());
        assertEquals(NOW.plus(Duration.ofMinutes(5)).toString(), link.get("expiresAt").asText());
        assertTrue(link.get("url").asText().contains("X-Amz-Expires=300"), link.get("url").asText());
        HttpResponse<byte[]> fetched = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.get("url").asText())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, fetched.statusCode());
        assertArrayEquals(PDF, fetched.body(), "the document itself");
        assertTrue(fetched.headers().firstValue("content-disposition").orElse("").contains("Certificat"), fetched.headers().map().toString());
        JsonNode after = JSON.readTree(call("notices.json", null).getBody());
        assertEquals(1, after.get("unread").asInt(), "the message is still unread");
        assertEquals("2026-11-30T10:00:00Z", after.get("notices").get(0).get("readAt").asText());
    }

    @Test
    void anotherPersonsNoticeIsNotFoundAndAnExpiredOneIsGone() throws Exception {
        assertEquals(404, call("notices-download.json", "AV-2026-0102").getStatusCode(), "Laia's, asked by Jordi as himself");
        assertEquals(404, call("notices-download-as-dependant.json", null).getStatusCode(), "Jordi's, asked as Laia");
        APIGatewayV2HTTPResponse gone = call("notices-download.json", "AV-2025-0977");
        assertEquals(410, gone.getStatusCode());
        assertTrue(JSON.readTree(gone.getBody()).get("detail").asText().contains("29/11/2026"));
        assertFalse(JSON.readTree(call("notices.json", null).getBody()).get("notices").get(0).has("readAt"), "nothing was read");
    }
}
