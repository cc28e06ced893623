package ad.cass.online.extracts;

import static ad.cass.online.extracts.ExtractSteps.as;
import static ad.cass.online.extracts.ExtractSteps.ask;
import static ad.cass.online.extracts.ExtractSteps.fetch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.Env;
import ad.cass.online.testing.EmfLines;
import ad.cass.online.testing.Events;
import ad.cass.online.aws.benefits.DynamoBenefitStore;
import ad.cass.online.aws.contributions.DynamoContributionStore;
import ad.cass.online.aws.contributions.DynamoEmploymentStore;
import ad.cass.online.aws.notices.DynamoNoticeStore;
import ad.cass.online.domain.benefits.SickLeave;
import ad.cass.online.domain.contributions.EmploymentPeriod;
import ad.cass.online.domain.contributions.IncomeConcept;
import ad.cass.online.domain.contributions.IncomeMonth;
import ad.cass.online.domain.contributions.PointsYear;
import ad.cass.online.domain.contributions.Scheme;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.notices.ActiveNotice;
import ad.cass.online.testing.Deployed;
import ad.cass.online.testing.FunctionCalls;
import ad.cass.online.testing.MutableClock;
import ad.cass.online.testing.TestPeople;
import ad.cass.online.testing.TestQueues;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ad.cass.online.reports.seal.SealKey;
import ad.cass.online.reports.seal.SealedPdfs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A document asked for, generated off the request path by the queue's consumer, announced, downloaded and checked by
 * its code (issue 20), on the emulated engines: DynamoDB, SQS and S3 as the functions use them.
 */
class ExtractsIT {
    static final com.fasterxml.jackson.databind.ObjectMapper JSON = ExtractSteps.JSON;
    @RegisterExtension
    final Deployed deployed = Deployed.freshForEachTest();

    TestStack stack;
    ExtractSteps steps;
    FunctionCalls api;
    ExtractsQueueFunction generator;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));

    @BeforeEach
    void build() {
        stack = deployed.stack();
        String records = stack.name("RecordsTable");
        DynamoContributionStore contributions = new DynamoContributionStore(stack.dynamo(), records);
        contributions.savePoints(List.of(new PointsYear(TestPeople.HOLDER, 2024, 498_001), new PointsYear(TestPeople.HOLDER, 2025, 512_337)));
        List<IncomeMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2024, 1); !m.isAfter(YearMonth.of(2026, 10)); m = m.plusMonths(1)) {
            months.add(new IncomeMonth(TestPeople.HOLDER, m, "507342", "Banc Andorrà de Crèdit SA", Scheme.GENERAL,
                    List.of(new IncomeConcept("SB", "Salari base", 2_150_33))));
        }
        contributions.saveIncome(months);
        new DynamoEmploymentStore(stack.dynamo(), records).save(List.of(new EmploymentPeriod(TestPeople.HOLDER, "507342",
                "Banc Andorrà de Crèdit SA", Scheme.GENERAL, LocalDate.of(2010, 3, 1), null)));
        new DynamoBenefitStore(stack.dynamo(), records).saveSickLeaves(List.of(new SickLeave(TestPeople.HOLDER, "IT-2025-0007", "507342",
                "Banc Andorrà de Crèdit SA", LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 10), List.of(),
                List.of(new SickLeave.DaysPaid(LocalDate.of(2025, 2, 6), LocalDate.of(2025, 2, 10), SickLeave.Payer.CASS, 46_73,
                        LocalDate.of(2025, 3, 5))))));
        steps = new ExtractSteps(stack, clock);
        api = steps.api;
        generator = steps.generator;
    }

    JsonNode status(String id) throws Exception {
        return steps.status(id, e -> { });
    }

    List<String> generatedObjects(String id) {
        try (S3Client s3 = stack.engines().s3Client()) {
            return s3.listObjectsV2(r -> r.bucket(stack.name("DocumentsBucket")).prefix("generated/100001A/" + id + "/"))
                    .contents().stream().map(o -> o.key()).toList();
        }
    }

    /** Issue 20: 202 at once; the queue's consumer writes the PDF; it is READY, announced, downloaded, and checked. */
    @Test
    void askedGeneratedAnnouncedDownloadedAndVerified() throws Exception {
        APIGatewayV2HTTPResponse asked = api.call("ask.json", ask("punts-2026-11-30", "{\"type\":\"points\"}"));
        assertEquals(202, asked.getStatusCode(), asked.getBody());
        JsonNode request = JSON.readTree(asked.getBody());
        String id = request.get("id").asText();
        assertEquals("/extracts/" + id, asked.getHeaders().get("Location"));
        assertEquals("PENDING", request.get("state").asText());
        assertEquals("life", request.get("period").asText());

        assertEquals(1, TestQueues.deliver(stack, "ExtractQueue", generator));
        JsonNode ready = status(id);
        assertEquals("READY", ready.get("state").asText());
        byte[] pdf = fetch(ready.at("/download/url").asText());
        assertEquals(ready.get("sha256").asText(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)),
                "the hash the request and the public check give is the file's");
        SealedPdfs.Sealed sealed = SealedPdfs.verify(pdf, SealKey.fromPem(TestStack.AUTHORITY.sealPem(TestStack.SEAL)).certificate());
        assertEquals("Caixa Andorrana de Seguretat Social", sealed.signerName(), "sealed by CASS (PAdES B-B)");
        assertEquals("ETSI.CAdES.detached", sealed.subFilter());
        String code = ready.get("verificationCode").asText();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Extracte de punts de vellesa"), text);
            assertTrue(text.contains("Jordi Vidal Font") && text.contains("100001A"), text);
            assertTrue(text.contains(CatalanFormat.thousandths(498_001 + 512_337)), "the total: " + text);
            assertTrue(text.contains(code), "the verification code on the page");
        }
        List<ActiveNotice> notices = new DynamoNoticeStore(stack.dynamo(), stack.name("RecordsTable")).notices(TestPeople.HOLDER);
        assertEquals(1, notices.stream().filter(n -> n.documentKey() != null && n.documentKey().contains(id)).count(), "one notice");

        JsonNode verified = api.ok("verify.json", e -> e.setPathParameters(Map.of("code", code)));
        assertTrue(verified.get("authentic").asBoolean());
        assertEquals("points", verified.get("type").asText());
        assertEquals(ready.get("sha256").asText(), verified.get("sha256").asText());
        assertEquals("J. V. F.", verified.get("holderInitials").asText());
        assertFalse(verified.toString().contains("Jordi") || verified.toString().contains("100001A"), "nothing more of him");
        String altered = (code.charAt(0) == 'A' ? 'B' : 'A') + code.substring(1);
        assertEquals(404, api.call("verify.json", e -> e.setPathParameters(Map.of("code", altered))).getStatusCode());
        assertEquals(404, api.call("verify.json", e -> e.setPathParameters(Map.of("code", "../../etc"))).getStatusCode());
    }

    /** Issue 20: the extract is in the language of who asks for it; the figures keep the portal's formats. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "es | Extracto de puntos de vejez      | Puntos de vejez",
            "fr | Relevé des points de vieillesse  | Points de vieillesse",
            "en | Old-age points statement         | Old-age points"})
    void anExtractIsWrittenInTheLanguageOfWhoAsksForIt(String language, String title, String column) throws Exception {
        ExtractSteps.Issued issued = steps.issue("punts-" + language, "{\"type\":\"points\"}",
                as(TestPeople.HOLDER, "own:100001A", language));

        String page = issued.pages().get(0);
        assertTrue(page.contains(title) && page.contains(column), page);
        assertFalse(page.contains("Extracte de punts de vellesa"), "no Catalan title: " + page);
        assertTrue(page.contains("Jordi Vidal Font") && page.contains(CatalanFormat.thousandths(498_001 + 512_337)), page);
    }

    /** Issue 20: "a revoked one says so": CASS's staff revoke a document by invoking the function; the check says REVOKED. */
    @Test
    void aDocumentCassRevokesIsCheckedAsRevoked() throws Exception {
        ExtractSteps.Issued issued = steps.issue("punts-revocat", "{\"type\":\"points\"}", as(TestPeople.HOLDER, "own:100001A", "ca"));
        String code = issued.request().get("verificationCode").asText();
        RevokeDocumentFunction revoke = Env.with(stack.environment("RevokeDocumentFunction"), RevokeDocumentFunction::new);
        @SuppressWarnings("unchecked")
        Map<String, String> event = new HashMap<>(Events.read("extracts", "revoke.json", Map.class));
        event.put("code", code.toLowerCase(java.util.Locale.ROOT)); // as read aloud and typed

        Map<String, Object> answer = revoke.handleRequest(event, null);
        assertEquals("REVOKED", answer.get("status"));
        JsonNode checked = api.ok("verify.json", e -> e.setPathParameters(Map.of("code", code)));
        assertEquals("REVOKED", checked.get("status").asText());
        assertFalse(checked.get("authentic").asBoolean());
        assertEquals(issued.request().get("sha256").asText(), checked.get("sha256").asText(), "still says which file it was");
        assertEquals("REVOKED", revoke.handleRequest(event, null).get("status"), "revoking twice changes nothing");

        // what the staff got wrong is answered, not thrown (issue 23's fuzzing: a thrown refusal was retried by Lambda)
        Map<String, Object> unknown = revoke.handleRequest(Map.of("code", "AAAA-BBBB-CCCC-DDDD", "reason", "x"), null);
        assertEquals("REFUSED", unknown.get("status"), unknown.toString());
        Map<String, Object> noReason = revoke.handleRequest(Map.of("code", code), null);
        assertEquals(List.of("REFUSED", "reason"), List.of(noReason.get("status"), noReason.get("field")), noReason.toString());
    }

    /** Issue 20: the same key answers the same request; a message delivered twice gives one document and one notice. */
    @Test
    void oneRequestPerKeyAndOneDocumentHoweverOftenItIsDelivered() throws Exception {
        String id = JSON.readTree(api.call("ask.json", ask("ingressos-1", "{\"type\":\"income\",\"format\":\"xlsx\"}"))
                .getBody()).get("id").asText();
        APIGatewayV2HTTPResponse again = api.call("ask.json", ask("ingressos-1", "{\"type\":\"income\",\"format\":\"xlsx\"}"));
        assertEquals(202, again.getStatusCode());
        assertEquals(id, JSON.readTree(again.getBody()).get("id").asText());
        List<JsonNode> metrics = EmfLines.during(() -> assertEquals(2, TestQueues.deliver(stack, "ExtractQueue", generator),
                "posted again while it was pending"));
        assertEquals(1, generatedObjects(id).size(), "one document");
        assertEquals(1, EmfLines.total(metrics, "ExtractsGenerated"), "issue 23: counted once, " + metrics);
        String sha = status(id).get("sha256").asText();
        // a third delivery, after the fact: nothing changes
        api.call("ask.json", ask("ingressos-1", "{\"type\":\"income\",\"format\":\"xlsx\"}"));
        assertEquals(0, TestQueues.deliver(stack, "ExtractQueue", generator), "a READY request is not posted again");
        assertEquals(sha, status(id).get("sha256").asText());
        assertNotEquals(id, JSON.readTree(api.call("ask.json", ask("ingressos-2", "{\"type\":\"income\"}")).getBody())
                .get("id").asText(), "another key, another request");
    }

    @Test
    void theListNewestFirstAndAnotherPersonsIdNotFound() throws Exception {
        APIGatewayV2HTTPResponse first = api.call("ask.json", ask("vida-laboral-1", "{\"type\":\"working-life\"}"));
        assertEquals(202, first.getStatusCode(), first.getBody());
        clock.advance(java.time.Duration.ofMinutes(1));
        APIGatewayV2HTTPResponse second = api.call("ask.json", ask("incapacitat-1", "{\"type\":\"incapacity\",\"period\":\"last-year\"}"));
        assertEquals(202, second.getStatusCode(), second.getBody());
        JsonNode list = api.ok("list.json", e -> { }).get("extracts");
        assertEquals(2, list.size());
        assertEquals("incapacity", list.at("/0/type").asText());
        assertEquals("2025-01", list.at("/0/from").asText());
        assertEquals(404, api.call("status.json", e -> e.setPathParameters(Map.of("id", "EX0000000000000000"))).getStatusCode());
    }

    /** Seed 000 §1.1: professional extracts are never a dependant's profile's to ask for. */
    @Test
    void aDependantsProfileIsRefused() {
        APIGatewayV2HTTPResponse refused = api.call("ask.json", ask("punts-pau-1", "{\"type\":\"points\"}")
                .andThen(FunctionCalls.actingAs("dependant:100002B")));
        assertEquals(403, refused.getStatusCode(), refused.getBody());
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"type\":\"pension\"} | type",
            "{} | type",
            "{\"type\":\"points\",\"format\":\"docx\"} | format",
            "{\"type\":\"points\",\"period\":\"decade\"} | period",
            "{\"type\":\"points\",\"period\":\"custom\",\"to\":\"2026-01\"} | from",
            "{\"type\":\"points\",\"period\":\"custom\",\"from\":\"2026-03\",\"to\":\"2026-02\"} | from"})
    void aBadRequestIsRefusedNamingTheField(String body, String field) throws Exception {
        assertEquals(field, api.refusedField("ask.json", ask("mala-peticio-1", body)));
    }

    @Test
    void withoutAnIdempotencyKeyNothingIsAskedFor() throws Exception {
        assertEquals("Idempotency-Key", api.refusedField("ask.json", e -> e.getHeaders().remove("idempotency-key")));
    }

    /** The consumer's event for one job, as Lambda's event source builds it from the queue. */
    static com.amazonaws.services.lambda.runtime.events.SQSEvent job(String id) {
        var message = new com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage();
        message.setMessageId("m-" + id);
        message.setBody("{\"subject\":\"100001A\",\"id\":\"" + id + "\"}");
        var event = new com.amazonaws.services.lambda.runtime.events.SQSEvent();
        event.setRecords(List.of(message));
        return event;
    }

    /**
     * Issue 20: S3 throttling (SlowDown) while the document is written: the message is reported failed and comes back;
     * after EXTRACT_MAX_ATTEMPTS the request ends FAILED with a hint to ask again, and nothing half-written is visible.
     */
    @Test
    void s3ThrottledTheMessageComesBackThenTheRequestFailsAndLeavesNothing() throws Exception {
        String id = JSON.readTree(api.call("ask.json", ask("punts-s3-caigut", "{\"type\":\"points\"}")).getBody()).get("id").asText();
        try (ad.cass.online.testing.RefusingAws s3 = ad.cass.online.testing.RefusingAws.slowingDownS3()) {
            Map<String, String> env = new java.util.HashMap<>(stack.environment("ExtractGeneratorFunction"));
            env.put("AWS_ENDPOINT_URL_S3", s3.endpoint());
            ExtractsQueueFunction broken = Env.with(env, () -> new ExtractsQueueFunction(ExtractsQueueFunction.Services.fromEnvironment(clock)));
            List<JsonNode> metrics = EmfLines.during(() -> {
                for (int attempt = 1; attempt <= 2; attempt++) {
                    var response = broken.handleRequest(job(id), null);
                    assertEquals(1, response.getBatchItemFailures().size(), "attempt " + attempt + ": the queue delivers it again");
                }
                assertEquals(0, broken.handleRequest(job(id), null).getBatchItemFailures().size(), "the third: given up, and said");
            });
            assertEquals(1, EmfLines.total(metrics, "ExtractsFailed"), "issue 23: the failure counted once, " + metrics);
            assertEquals(0, EmfLines.total(metrics, "ExtractsGenerated"));
            assertTrue(s3.calls() > 0);
        }
        JsonNode failed = status(id);
        assertEquals("FAILED", failed.get("state").asText());
        assertTrue(failed.get("retry").asBoolean());
        assertTrue(failed.get("failure").asText().contains("Torneu-lo a demanar"), failed.toString());
        assertFalse(failed.has("download"));
        assertEquals(List.of(), generatedObjects(id), "nothing half-uploaded is visible");
        // the same message once more, S3 back: a FAILED request is not generated behind the person's back
        assertEquals(0, generator.handleRequest(job(id), null).getBatchItemFailures().size());
        assertEquals("FAILED", status(id).get("state").asText());
    }

    /** SQS refusing the post: 503 with Retry-After; the request is kept, and the same key posts it again. */
    @Test
    void aQueueThatRefusesIsA503AndTheSameKeyPostsAgain() throws Exception {
        Map<String, String> env = new java.util.HashMap<>(stack.environment("ExtractsFunction"));
        env.put("AWS_ENDPOINT_URL_SQS", ad.cass.online.testing.RefusingAws.unreachable());
        FunctionCalls refusing = new FunctionCalls("extracts", Env.with(env,
                () -> new ExtractsApiFunction(ExtractsApiFunction.Services.fromEnvironment(clock))));
        APIGatewayV2HTTPResponse refused = refusing.call("ask.json", ask("punts-cua-caiguda", "{\"type\":\"points\"}"));
        assertEquals(503, refused.getStatusCode(), refused.getBody());
        assertTrue(refused.getHeaders().containsKey("Retry-After"));
        APIGatewayV2HTTPResponse retried = api.call("ask.json", ask("punts-cua-caiguda", "{\"type\":\"points\"}"));
        assertEquals(202, retried.getStatusCode());
        assertEquals(1, TestQueues.deliver(stack, "ExtractQueue", generator));
        assertEquals("READY", status(JSON.readTree(retried.getBody()).get("id").asText()).get("state").asText());
    }

    /** Issue 20: the QR code on the page, read as a phone would read it, leads to the public check of this document. */
    @Test
    void theQrCodeOnThePageLeadsToTheCheckOfThisVeryFile() throws Exception {
        String id = JSON.readTree(api.call("ask.json", ask("vida-laboral-qr", "{\"type\":\"working-life\"}")).getBody())
                .get("id").asText();
        TestQueues.deliver(stack, "ExtractQueue", generator);
        JsonNode ready = status(id);
        byte[] pdf = fetch(ready.at("/download/url").asText());
        String scanned;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            scanned = new com.google.zxing.MultiFormatReader().decode(new com.google.zxing.BinaryBitmap(
                    new com.google.zxing.common.HybridBinarizer(new com.google.zxing.RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                    Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true)).getText();
        }
        String code = ready.get("verificationCode").asText();
        assertEquals(stack.environment("ExtractGeneratorFunction").get("VERIFY_BASE_URL") + code, scanned);
        JsonNode verified = api.ok("verify.json", e -> e.setPathParameters(Map.of("code", scanned.substring(scanned.lastIndexOf('/') + 1))));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), verified.get("sha256").asText());
        assertEquals("working-life", verified.get("type").asText());
    }
}
