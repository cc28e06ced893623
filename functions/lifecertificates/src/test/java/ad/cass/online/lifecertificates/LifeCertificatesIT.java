package ad.cass.online.lifecertificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.lifecertificates.DynamoLifeCertificateStore;
import ad.cass.online.aws.notices.DynamoNoticeStore;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.domain.lifecertificates.ActionKey;
import ad.cass.online.domain.lifecertificates.AuditEntry;
import ad.cass.online.domain.lifecertificates.PensionRecord;
import ad.cass.online.domain.lifecertificates.PensionState;
import ad.cass.online.domain.lifecertificates.Pensioner;
import ad.cass.online.domain.notices.ActiveNotice;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.EmploymentStatus;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.testing.Deployed;
import ad.cass.online.testing.EmfLines;
import ad.cass.online.testing.Events;
import ad.cass.online.testing.FunctionCalls;
import ad.cass.online.testing.MutableClock;
import ad.cass.online.testing.TestMail;
import ad.cass.online.testing.TestPeople;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Proof of life end to end (issue 21; seed 003 §3) on the emulated tables and bucket: a certificate sent, counted
 * once, refused with its field; the status; the video call as a procedure; the deadline run from its EventBridge
 * event, twice, and the late certificate that pays the pension again with the months withheld.
 */
class LifeCertificatesIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final CassNumber PENSIONER = TestPeople.HOLDER;
    static final String EMAIL = "jordi.vidal@example.ad";

    @RegisterExtension
    final Deployed deployed = Deployed.freshForEachTest();

    MutableClock clock;
    FunctionCalls api;
    DynamoLifeCertificateStore store;

    @BeforeEach
    void build() {
        TestStack stack = deployed.stack();
        store = new DynamoLifeCertificateStore(stack.dynamo(), stack.name("RecordsTable"));
        // asked on 1 November 2026, as the opening run leaves it
        Pensioner pensioner = new Pensioner(PENSIONER, "FR", 1_212_40, false, Language.FR);
        store.savePension(pensioner, PensionState.paid());
        assertTrue(store.recordAction(store.pension(PENSIONER).orElseThrow(), PensionState.paid(), AuditEntry.notice(
                new ActionKey(PENSIONER, "2026-11", "REQUEST"), Instant.parse("2026-11-01T03:00:00Z"),
                AuditEntry.scheduler("OPENING#2026-11-01"), pensioner)));
        store.letterSent(new ActionKey(PENSIONER, "2026-11", "REQUEST")); // and its letter went
        clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
        api = new FunctionCalls("lifecertificates", Env.with(stack.environment("LifeCertificatesFunction"),
                () -> new LifeCertificatesApiFunction(LifeCertificatesApiFunction.Services.fromEnvironment(clock))));
    }

    /** The event's caller is the pensioner of the test tables. */
    static Consumer<APIGatewayV2HTTPEvent> as(CassNumber who) {
        return e -> {
            e.getRequestContext().getAuthorizer().getLambda().put("cassNumber", who.value());
            e.getRequestContext().getAuthorizer().getLambda().put("profileId", "own:" + who.value());
        };
    }

    /** submit.json with some of its body's fields replaced. */
    static Consumer<APIGatewayV2HTTPEvent> body(Map<String, String> fields) {
        return as(PENSIONER).andThen(e -> {
            try {
                ObjectNode body = (ObjectNode) JSON.readTree(e.getBody());
                fields.forEach(body::put);
                e.setBody(body.toString());
            } catch (Exception x) {
                throw new IllegalStateException(x);
            }
        });
    }

    static String base64(String content) {
        return Base64.getEncoder().encodeToString(content.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    JsonNode created(String event, Consumer<APIGatewayV2HTTPEvent> change) throws Exception {
        APIGatewayV2HTTPResponse response = api.call(event, change);
        assertEquals(201, response.getStatusCode(), response.getBody());
        return JSON.readTree(response.getBody());
    }

    /** Seed 003 §3.2: dated in November, it counts for the November campaign, once, and the file is kept. */
    @Test
    void aCertificateCountsOnceAndTheStatusSaysSo() throws Exception {
        JsonNode first = created("submit.json", as(PENSIONER));
        assertEquals("2026-11", first.at("/countsFor/0/id").asText());
        assertEquals("2026-12-31", first.at("/countsFor/0/deadline").asText());
        assertFalse(first.get("duplicate").asBoolean());
        assertEquals("PAID", first.at("/pension/status").asText());

        JsonNode again = created("submit.json", as(PENSIONER));
        assertTrue(again.get("duplicate").asBoolean(), "the same file again: a retry");
        assertEquals(first.get("sha256"), again.get("sha256"));

        JsonNode status = api.ok("status.json", as(PENSIONER));
        assertEquals("2026-11", status.at("/campaigns/0/campaign/id").asText());
        assertEquals(1, status.at("/campaigns/0/received").asInt());
        assertFalse(status.at("/campaigns/0/due").asBoolean());
        assertEquals("REQUEST", status.at("/campaigns/0/actions/0/action").asText());
        assertEquals("2026-11-01T03:00:00Z", status.at("/campaigns/0/actions/0/at").asText());
        assertEquals(1, status.get("certificates").size());
        assertEquals(1, store.pension(PENSIONER).orElseThrow().received("2026-11"));
        try (S3Client s3 = deployed.stack().engines().s3Client()) {
            assertEquals(1, s3.listObjectsV2(r -> r.bucket(deployed.stack().name("DocumentsBucket"))
                    .prefix("life-certificates/" + PENSIONER.value() + "/")).keyCount(), "the file, kept once");
        }
    }

    /** Issue 21: the reason, by field; seed 003 §3.2 for the issuers and dates. */
    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource({
            "issuerType,  HOSPITAL,          issuerType",
            "issuerType,  OVAC_VIDEO_CALL,   issuerType",
            "issueDate,   2026-10-31,        issueDate",
            "issueDate,   2026-12-01,        issueDate",
            "country,     France,            country",
            "file,        '%%% not base64',  file",
            "contentType, image/png,         file"})
    void aRefusedCertificateNamesItsField(String field, String value, String refused) throws Exception {
        assertEquals(refused, api.refusedField("submit.json", body(Map.of(field, value))));
        assertEquals(0, store.pension(PENSIONER).orElseThrow().received("2026-11"), "nothing counted");
    }

    @Test
    void aFileThatIsNoPdfJpegOrPngIsRefused() throws Exception {
        assertEquals("file", api.refusedField("submit.json", body(Map.of("file", base64("GIF89a not a certificate")))));
    }

    /** Someone with no pension that needs proof of life gets a 404, not someone else's. */
    @Test
    void noPensionNoProofOfLife() {
        assertEquals(404, api.call("status.json", as(TestPeople.STRANGER)).getStatusCode());
        assertEquals(404, api.call("submit.json", as(TestPeople.SELF_EMPLOYED)).getStatusCode());
    }

    /** Issue 21: the OVAC video call, filed as a procedure, once per Idempotency-Key. */
    @Test
    void aVideoCallIsAProcedureFiledOnce() throws Exception {
        JsonNode first = created("video-call.json", as(PENSIONER));
        assertTrue(first.get("type").asText().startsWith("Fe de vida"));
        assertEquals("IN_PROGRESS", first.get("status").asText());
        assertEquals(first.get("code"), created("video-call.json", as(PENSIONER)).get("code"));
        JsonNode other = created("video-call.json", as(PENSIONER).andThen(e -> e.getHeaders().put("idempotency-key", "video-call-2026-12-0002")));
        assertNotEquals(first.get("code"), other.get("code"));
    }

    /**
     * The deadline run from its EventBridge event, delivered twice: one suspension. Then a certificate in March pays
     * the pension again from March, with January and February paid back (DOMAIN.md).
     */
    @Test
    void theDeadlineRunSuspendsOnceAndALateCertificateReinstates() throws Exception {
        TestStack stack = deployed.stack();
        LifeCertificatesScheduledFunction deadline = Env.with(stack.environment("LifeCertificateDeadlineFunction"),
                () -> new LifeCertificatesScheduledFunction(LifeCertificatesScheduledFunction.Services.fromEnvironment(clock)));
        ScheduledEvent event = Events.read("lifecertificates", "deadline.json", ScheduledEvent.class);
        int mailsBefore = TestMail.to(EMAIL).size();
        String first = deadline.handleRequest(event, null);
        assertTrue(first.contains("SUSPENSION=1"), first);
        String second = deadline.handleRequest(event, null);
        assertFalse(second.contains("SUSPENSION"), "the same event again records nothing: " + second);
        PensionRecord suspended = store.pension(PENSIONER).orElseThrow();
        assertEquals(PensionState.suspended(java.time.LocalDate.of(2027, 1, 1), "2026-11"), suspended.state());
        // the letter, once, in the pensioner's language: by SES and as a portal notice
        List<Map<String, String>> mails = TestMail.to(EMAIL).subList(mailsBefore, TestMail.to(EMAIL).size());
        assertEquals(List.of("CASS : votre pension est suspendue"), mails.stream().map(m -> m.get("subject")).toList());
        assertTrue(mails.get(0).get("text").contains("31/12/2029"), "the day it would close: " + mails.get(0).get("text"));
        ActiveNotice notice = notices().stream().filter(n -> n.id().equals("FV-2026-11-SUSPENSION")).findFirst().orElseThrow();
        assertEquals("Pension suspendue faute de certificat de vie", notice.title());
        assertTrue(mails.get(0).get("text").contains(notice.text()), "the notice says what the mail says");
        assertEquals(1, notices().size(), "one notice, however often the event came");

        clock.advance(Duration.between(clock.instant(), Instant.parse("2027-03-15T10:00:00Z")));
        JsonNode status = api.ok("status.json", as(PENSIONER));
        assertEquals("SUSPENDED", status.at("/pension/status").asText());
        assertEquals(2 * 1_212_40, status.at("/pension/withheld/cents").asLong());

        JsonNode late = created("submit.json", body(Map.of("issueDate", "2027-03-10")));
        assertEquals("PAID", late.at("/pension/status").asText());
        assertEquals("2027-03", late.at("/reinstatement/resumesWith").asText());
        assertEquals(2, late.at("/reinstatement/monthsWithheld").asInt());
        assertEquals("2.424,80 €", late.at("/reinstatement/arrears/text").asText());
        assertEquals(Optional.of(PensionState.paid()), store.pension(PENSIONER).map(PensionRecord::state));
        JsonNode after = api.ok("status.json", as(PENSIONER));
        assertEquals(2 * 1_212_40, after.at("/lastReinstatement/arrears/cents").asLong());
        JsonNode november = after.at("/campaigns").findParents("campaign").stream()
                .filter(c -> c.at("/campaign/id").asText().equals("2026-11")).findFirst().orElseThrow();
        assertEquals(List.of("REQUEST", "SUSPENSION", "REINSTATEMENT"), november.get("actions").findValuesAsText("action"),
                "what CASS did, oldest first, each once");
        assertEquals("2026-11-01T03:00:00Z", november.at("/actions/0/at").asText());
        assertTrue(TestMail.to(EMAIL).stream().anyMatch(m -> m.get("subject").equals("CASS : votre pension est de nouveau versée")
                && m.get("text").contains("2.424,80 €")), "the reinstatement letter, with the arrears");
        assertTrue(notices().stream().anyMatch(n -> n.id().equals("FV-2026-11-REINSTATEMENT")));

        // what CASS reads: every decision, who took it and when, with its figures (events/lifecertificates/audit.json)
        ReadPensionAuditFunction trail = Env.with(stack.environment("ReadPensionAuditFunction"), ReadPensionAuditFunction::new);
        @SuppressWarnings("unchecked")
        Map<String, String> ask = new java.util.HashMap<>(Events.read("lifecertificates", "audit.json", Map.class));
        ask.put("cassNumber", PENSIONER.value());
        JsonNode audit = JSON.valueToTree(trail.handleRequest(ask, null));
        assertEquals("PAID", audit.at("/pension/status").asText());
        assertEquals(List.of("REQUEST", "SUSPENSION", "REINSTATEMENT"), audit.get("decisions").findValuesAsText("action"));
        assertEquals(List.of("SCHEDULER#OPENING#2026-11-01", "SCHEDULER#DEADLINE#2027-01-01", "****01A"),
                audit.get("decisions").findValuesAsText("actor"), "who decided: the runs by their id, the pensioner masked");
        assertEquals("2027-01-01", audit.at("/decisions/1/details/suspendedFrom").asText());
        assertEquals("242480", audit.at("/decisions/2/details/arrearsCents").asText());
        assertTrue(audit.at("/certificates/0/fileKey").asText().startsWith("life-certificates/100001A/"), audit.toString());
        ask.put("cassNumber", "999999Z");
        assertEquals("REFUSED", trail.handleRequest(ask, null).get("status"), "nobody's pension");
    }

    /**
     * Issue 21: CASS_IN_PERSON and OVAC_VIDEO_CALL are recorded by CASS staff, through their own function (no route),
     * from events/lifecertificates/record-by-staff.json: counted once per reference, shown to the pensioner as the
     * staff's; what they get wrong is answered by field.
     */
    @Test
    void staffRecordAVideoCallOnceAndAreToldWhatIsWrong() throws Exception {
        RecordLifeCertificateFunction record = Env.with(deployed.stack().environment("RecordLifeCertificateFunction"),
                () -> new RecordLifeCertificateFunction(RecordLifeCertificateFunction.recordings(clock)));
        @SuppressWarnings("unchecked")
        Map<String, String> event = new java.util.HashMap<>(Events.read("lifecertificates", "record-by-staff.json", Map.class));
        event.put("cassNumber", PENSIONER.value());

        Map<String, Object> first = record.handleRequest(event, null);
        assertEquals("RECORDED", first.get("status"), first.toString());
        assertEquals("OVAC_VIDEO_CALL", first.get("issuerType"));
        assertEquals("DUPLICATE", record.handleRequest(event, null).get("status"), "the same reference again: a retry");
        assertEquals(1, store.pension(PENSIONER).orElseThrow().received("2026-11"));
        JsonNode certificate = api.ok("status.json", as(PENSIONER)).at("/certificates/0");
        assertEquals("STAFF", certificate.get("submittedBy").asText(), certificate.toString());

        for (Map.Entry<String, String> wrong : Map.of("issueDate", "2026-10-01", "staffId", "", "cassNumber", "1000").entrySet()) {
            Map<String, String> changed = new java.util.HashMap<>(event);
            changed.put("reference", "OVAC/2026/2000");
            changed.put(wrong.getKey(), wrong.getValue());
            Map<String, Object> refused = record.handleRequest(changed, null);
            assertEquals(Map.of("status", "REFUSED", "field", wrong.getKey()),
                    Map.of("status", refused.get("status"), "field", refused.get("field")), refused.toString());
        }
        Map<String, String> stranger = new java.util.HashMap<>(event);
        stranger.put("cassNumber", "999999Z");
        assertEquals("REFUSED", record.handleRequest(stranger, null).get("status"), "nobody's pension");
        assertEquals(1, store.pension(PENSIONER).orElseThrow().received("2026-11"), "nothing more counted");
    }

    /**
     * Issue 21: "a run that crashes half-way and is started again converges to the same result". The Lambda function
     * is told it has under a minute left after a few pages: it fails, as Lambda's retry needs; the same event again
     * finishes the run. Every one of 24 pensioners is suspended once, gets one letter and one notice.
     */
    @Test
    void aDeadlineRunOutOfTimeFailsAndTheRetryFinishesIt() throws Exception {
        TestStack stack = deployed.stack();
        Map<CassNumber, String> emails = askedAbroad(24, "pensioner");
        List<PensionRecord> asked = emails.keySet().stream().map(who -> store.pension(who).orElseThrow()).toList();
        LifeCertificatesScheduledFunction deadline = deadlineInPagesOfTwo();
        ScheduledEvent event = Events.read("lifecertificates", "deadline.json", ScheduledEvent.class);

        List<JsonNode> counted = new ArrayList<>(EmfLines.during(() -> {
            IllegalStateException outOfTime = assertThrows(IllegalStateException.class,
                    () -> deadline.handleRequest(event, new MinutesLeft(5)));
            assertTrue(outOfTime.getMessage().contains("the retry resumes it"), outOfTime.getMessage());
        }));
        long firstAttempt = asked.stream().filter(p -> suspended(p.cassNumber())).count() + (suspended(PENSIONER) ? 1 : 0);
        assertTrue(firstAttempt > 0 && firstAttempt < 25, firstAttempt + " suspended before the time ran out");
        assertEquals(firstAttempt, EmfLines.total(counted, "ProofOfLifeActions", "Action", "SUSPENSION"),
                "issue 23: what the unfinished run did is counted, " + counted);

        String[] retry = new String[1];
        counted.addAll(EmfLines.during(() -> retry[0] = deadline.handleRequest(event, new MinutesLeft(1_000))));
        assertTrue(retry[0].contains("SUSPENSION=" + (25 - firstAttempt)), "the rest (the 24 and the test's own pensioner): " + retry[0]);
        assertEquals(25, EmfLines.total(counted, "ProofOfLifeActions", "Action", "SUSPENSION"), "each suspension counted once");
        for (PensionRecord p : asked) {
            assertTrue(suspended(p.cassNumber()), p.cassNumber() + " suspended");
            String email = emails.get(p.cassNumber());
            assertEquals(List.of("CASS: your pension is suspended"), TestMail.to(email).stream().map(m -> m.get("subject")).toList(), email);
            assertEquals(List.of("FV-2026-11-SUSPENSION"), new DynamoNoticeStore(stack.dynamo(), stack.name("RecordsTable"))
                    .notices(p.cassNumber()).stream().map(ActiveNotice::id).toList());
        }
        assertFalse(deadline.handleRequest(event, null).contains("SUSPENSION"), "a third delivery finds it all done");
    }

    /**
     * Issue 23, "the scheduler's run killed half-way": the deadline function runs in a process of its own, as in a Lambda
     * container, and is killed with SIGKILL once some pensioners are suspended. Lambda's retry of the same event, here
     * in this process, finishes the run, and the next day's run sends any letter the dead one owed: every one of 60
     * pensioners is suspended once, has the letter (the one in flight at the kill perhaps twice) and one notice, and
     * no letter stays owed (before issue 23, one recorded between its write and its letter got none).
     */
    @Test
    void aDeadlineRunKilledHalfWayIsFinishedByTheRetryWithEveryLetterOnce() throws Exception {
        Map<CassNumber, String> emails = askedAbroad(60, "killed");
        Map<String, String> env = new java.util.HashMap<>(deployed.stack().environment("LifeCertificateDeadlineFunction"));
        env.put("LIFE_CERT_PAGE_SIZE", "2");
        env.put("LIFE_CERT_RUN_THREADS", "1");
        ProcessBuilder child = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=Europe/Andorra", "-cp", System.getProperty("java.class.path"), DeadlineRunProcess.class.getName(),
                Events.file("lifecertificates", "deadline.json").toString())
                .redirectErrorStream(true).redirectOutput(java.nio.file.Files.createTempFile("deadline-run", ".log").toFile());
        child.environment().putAll(env);
        Process run = child.start();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        long suspendedAtKill;
        while (true) {
            suspendedAtKill = emails.keySet().stream().filter(this::suspended).count();
            if (suspendedAtKill >= 5 || !run.isAlive() || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(20);
        }
        assertTrue(run.isAlive(), "the run was still going when killed");
        run.destroyForcibly(); // SIGKILL: no finally, no shutdown hook
        assertTrue(run.waitFor(10, java.util.concurrent.TimeUnit.SECONDS));
        long afterKill = emails.keySet().stream().filter(this::suspended).count();
        assertTrue(afterKill > 0 && afterKill < 60, afterKill + " suspended when it died");

        // Lambda's retry; then the next run, once the lease of a letter the dead run owed is over
        ScheduledEvent event = Events.read("lifecertificates", "deadline.json", ScheduledEvent.class);
        clock.advance(Duration.between(clock.instant(), Instant.now().plusSeconds(60)));
        deadlineInPagesOfTwo().handleRequest(event, new MinutesLeft(1_000));
        clock.advance(Duration.ofDays(1));
        ScheduledEvent nextDay = Events.read("lifecertificates", "deadline.json", ScheduledEvent.class);
        nextDay.setTime(nextDay.getTime().plusDays(1));
        deadlineInPagesOfTwo().handleRequest(nextDay, new MinutesLeft(1_000));
        TestStack stack = deployed.stack();
        int twice = 0;
        for (CassNumber who : emails.keySet()) {
            assertTrue(suspended(who), who + " suspended");
            List<String> letters = TestMail.to(emails.get(who)).stream().map(m -> m.get("subject")).distinct().toList();
            assertEquals(List.of("CASS: your pension is suspended"), letters, who + ": the suspension's letter");
            // the one the kill caught between its mail and its mark may have it twice; none goes without
            twice += TestMail.to(emails.get(who)).size() - 1;
            assertEquals(List.of("FV-2026-11-SUSPENSION"), new DynamoNoticeStore(stack.dynamo(), stack.name("RecordsTable"))
                    .notices(who).stream().map(ActiveNotice::id).toList(), who + ": one notice");
            assertEquals(Set.of(), store.pension(who).orElseThrow().lettersOwed(), who + ": nothing owed");
        }
        assertTrue(twice <= 1, twice + " letters sent twice: at most the one in flight when the process died");
    }

    /**
     * Issue 21: "two runs at once, or the same EventBridge event delivered twice, give exactly one ... suspension per
     * person and campaign". Two deliveries of the deadline's event, each in its own function instance, side by side
     * over 30 pensioners in pages of two: each pensioner is suspended once, and gets one letter and one notice.
     */
    @Test
    void twoDeliveriesAtOnceSuspendEachPensionerOnce() throws Exception {
        Map<CassNumber, String> emails = askedAbroad(30, "twice");
        ScheduledEvent event = Events.read("lifecertificates", "deadline.json", ScheduledEvent.class);
        List<LifeCertificatesScheduledFunction> instances = List.of(deadlineInPagesOfTwo(), deadlineInPagesOfTwo());
        java.util.concurrent.ExecutorService both = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<String>> runs = new ArrayList<>();
            for (LifeCertificatesScheduledFunction instance : instances) {
                runs.add(both.submit(() -> {
                    start.await();
                    return instance.handleRequest(event, null);
                }));
            }
            start.countDown();
            for (var run : runs) {
                run.get(120, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            both.shutdownNow();
        }
        TestStack stack = deployed.stack();
        for (Map.Entry<CassNumber, String> p : emails.entrySet()) {
            assertTrue(suspended(p.getKey()), p.getKey() + " suspended");
            assertEquals(1, TestMail.to(p.getValue()).size(), p.getValue() + ": one letter");
            assertEquals(1, new DynamoNoticeStore(stack.dynamo(), stack.name("RecordsTable")).notices(p.getKey()).size());
            assertEquals(List.of("2026-11#SUSPENSION"), store.audit(p.getKey()).stream()
                    .map(a -> a.key().sortKey()).toList(), "one suspension, one audit entry (the request was imported)");
        }
    }

    /** {@code n} pensioners abroad, asked for November (imported so), each with an e-mail address: their addresses. */
    Map<CassNumber, String> askedAbroad(int n, String mailbox) {
        TestStack stack = deployed.stack();
        DynamoPersonStore people = new DynamoPersonStore(stack.dynamo(), stack.name("PeopleTable"));
        List<PensionRecord> asked = new ArrayList<>();
        Map<CassNumber, String> emails = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            CassNumber who = CassNumber.of(String.format("7%05dR", i));
            emails.put(who, mailbox + i + "@example.pt");
            people.save(new Person(who, "Pensioner" + i, "Abroad", LocalDate.of(1950, 1, 1), InsuredType.DIRECT, null, null,
                    EmploymentStatus.PENSIONER, emails.get(who), "PT", List.of()));
            asked.add(new PensionRecord(new Pensioner(who, "PT", 900_00, false, Language.EN), PensionState.paid(), Map.of(),
                    Set.of(new ActionKey(who, "2026-11", "REQUEST")), 1));
        }
        store.importPensions(asked);
        return emails;
    }

    /** The deadline function with the template's environment, in pages of two pensioners (many pages, many saves). */
    LifeCertificatesScheduledFunction deadlineInPagesOfTwo() {
        Map<String, String> env = new java.util.HashMap<>(deployed.stack().environment("LifeCertificateDeadlineFunction"));
        env.put("LIFE_CERT_PAGE_SIZE", "2");
        return Env.with(env, () -> new LifeCertificatesScheduledFunction(LifeCertificatesScheduledFunction.Services.fromEnvironment(clock)));
    }

    boolean suspended(CassNumber who) {
        return store.pension(who).orElseThrow().state().status() == PensionState.Status.SUSPENDED;
    }

    List<ActiveNotice> notices() {
        TestStack stack = deployed.stack();
        return new DynamoNoticeStore(stack.dynamo(), stack.name("RecordsTable")).notices(PENSIONER);
    }

    /**
     * Lambda's context as the run sees it: the remaining time is asked once per page, and after {@code pages} answers
     * it says less than the minute the run keeps back ({@code ScheduledFunction.reserve}).
     */
    static final class MinutesLeft implements Context {
        private int pages;

        MinutesLeft(int pages) {
            this.pages = pages;
        }

        @Override
        public synchronized int getRemainingTimeInMillis() {
            return pages-- > 0 ? 600_000 : 30_000;
        }

        @Override
        public String getAwsRequestId() {
            return "minutes-left";
        }

        @Override
        public String getLogGroupName() {
            return "/aws/lambda/test";
        }

        @Override
        public String getLogStreamName() {
            return "test";
        }

        @Override
        public String getFunctionName() {
            return "LifeCertificateDeadlineFunction";
        }

        @Override
        public String getFunctionVersion() {
            return "$LATEST";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:eu-west-1:123456789012:function:LifeCertificateDeadlineFunction";
        }

        @Override
        public CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getMemoryLimitInMB() {
            return 1024;
        }

        @Override
        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                @Override
                public void log(String message) {
                }

                @Override
                public void log(byte[] message) {
                }
            };
        }
    }
}
