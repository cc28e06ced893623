package ad.cass.online.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.e2e.client.ApiClient;
import ad.cass.online.e2e.client.ApiException;
import ad.cass.online.e2e.client.api.ContributionsApi;
import ad.cass.online.e2e.client.api.DeclarantApi;
import ad.cass.online.e2e.client.api.ExtractsApi;
import ad.cass.online.e2e.client.api.LifeCertificatesApi;
import ad.cass.online.e2e.client.api.OwnSpaceApi;
import ad.cass.online.e2e.client.api.ProceduresApi;
import ad.cass.online.e2e.client.api.ProfilesApi;
import ad.cass.online.e2e.client.api.ReimbursementsApi;
import ad.cass.online.e2e.client.api.SessionApi;
import ad.cass.online.e2e.client.api.SignInApi;
import ad.cass.online.e2e.client.model.ContractLoginRequest;
import ad.cass.online.e2e.client.model.Extract;
import ad.cass.online.e2e.client.model.Login;
import ad.cass.online.e2e.client.model.PinLoginRequest;
import ad.cass.online.local.LocalApi;
import ad.cass.online.local.LocalSystem;
import ad.cass.online.local.QueuePump;
import ad.cass.online.local.demo.DemoData;
import ad.cass.online.testing.ApiContract;
import ad.cass.online.testing.TestStack;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 23, "the contract from the consumer's side": a Java client generated from openapi.yaml by the standard
 * generator (openapi-generator, java/native; see this module's pom) drives every operation of the contract on the
 * local runtime, as the portal's frontends would: sign in each way, switch profile, read and write each feature,
 * download each export and document. Its object mapper refuses a property the contract does not name, so an answer
 * that strays from its schema fails here too. The last test checks that every operation of openapi.yaml was called
 * and answered as the contract says.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedClientIT {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Each operation of openapi.yaml (method and path template) and whether the client got a 2xx answer from it. */
    static final Map<String, Boolean> CALLED = new ConcurrentHashMap<>();
    static LocalSystem system;
    static LocalApi api;
    static QueuePump queues;
    static ApiClient client;
    static Map<String, Pattern> operations;
    static volatile String token;

    @BeforeAll
    static void start() throws Exception {
        system = LocalSystem.start(TestStack.projectRoot().resolve("template.yaml"), Files.createTempDirectory("cass-e2e"), null, "e2e");
        api = new LocalApi(system.host(), system.engines().outbox(), ApiContract.file(), 0);
        queues = new QueuePump(system.host(), system.engines());
        operations = operationsOfTheContract();
        client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + api.port());
        // strict: an answer with a property the contract does not name is an answer this client cannot parse
        client.setObjectMapper(client.getObjectMapper().copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        client.setRequestInterceptor(request -> {
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
        });
        client.setResponseInterceptor(response -> record(response.request().method(), response.request().uri(), response.statusCode()));
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable open : new AutoCloseable[] {queues, api, system}) {
            if (open != null) {
                open.close();
            }
        }
    }

    // ------------------------------------------------------------------ sign-in, each way, and the session

    @Test
    @Order(1)
    void signInEachWay() throws Exception {
        SignInApi signIn = new SignInApi(client);
        Login byPin = signIn.loginWithPin(new PinLoginRequest().cassNumber("100001A").pin(DemoData.PIN), null);
        assertEquals("100001A", byPin.getPerson().getCassNumber());
        assertEquals(List.of("own:100001A", "dependant:100002B", "dependant:100003C"),
                byPin.getProfiles().stream().map(p -> p.getId()).toList());

        Login byContract = signIn.loginWithContract(new ContractLoginRequest().contractNumber("CD-0940-2024").password(DemoData.PIN), null);
        assertEquals("company:940220", byContract.getActiveProfileId());

        String pem = Files.readString(certificates().resolve("100004D.pem"));
        Login byCertificate = signIn.loginWithCertificate(null,
                Map.of("x-local-client-cert", Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.US_ASCII))));
        assertEquals("100004D", byCertificate.getPerson().getCassNumber());

        ApiException refused = assertThrows(ApiException.class,
                () -> signIn.loginWithPin(new PinLoginRequest().cassNumber("100001A").pin("not-the-pin"), null));
        assertEquals(401, refused.getCode());
        assertEquals("application/problem+json", refused.getResponseHeaders().firstValue("content-type").orElse(""));
    }

    @Test
    @Order(2)
    void recoverThePinByTheMailedLink() throws Exception {
        SignInApi signIn = new SignInApi(client);
        int before = system.engines().outbox().messages().size();
        assertNotNull(signIn.requestPinReset(model("{\"cassNumber\":\"100003C\",\"email\":\"laia.vidal@example.ad\"}",
                ad.cass.online.e2e.client.model.PinResetRequest.class), null).getMessage());
        String mail = waitFor(() -> system.engines().outbox().messages().size() > before
                ? system.engines().outbox().messages().get(system.engines().outbox().messages().size() - 1).get("text") : null);
        String link = mail.substring(mail.indexOf("token=") + "token=".length()).split("\\s")[0];
        signIn.confirmPinReset(model("{\"token\":\"" + link + "\",\"newPin\":\"Nou-PIN-segur-2026\"}",
                ad.cass.online.e2e.client.model.PinResetConfirmation.class), null);
        assertEquals("100003C", signIn.loginWithPin(new PinLoginRequest().cassNumber("100003C").pin("Nou-PIN-segur-2026"), null)
                .getPerson().getCassNumber());
    }

    // ------------------------------------------------------------------ Jordi's own space

    @Test
    @Order(10)
    void ownSpace() throws Exception {
        signInAs("100001A");
        OwnSpaceApi own = new OwnSpaceApi(client);
        assertEquals(3, new ProfilesApi(client).listProfiles(null).getProfiles().size());
        assertNotNull(own.getHome(null));
        assertFalse(own.getAccessLog(null, 5, null).getEntries().isEmpty());
        assertNotNull(own.getPersonalFile(null).getContact().getAddress());
        assertEquals("+376812346", own.changePersonalFile(model("{\"phone\":\"+376 812 346\"}",
                ad.cass.online.e2e.client.model.PersonalFilePatch.class), null).getContact().getPhone());
        assertFalse(own.getPersonalFileHistory(null, 10, null).getEntries().isEmpty());
        assertNotNull(own.getDependantRequirements("student-18-to-25", null));
        assertNotNull(own.fileDependant(key(), model(eventBody("account/dependant-file-student.json"),
                ad.cass.online.e2e.client.model.FileDependantRequest.class), null));
        assertNotNull(own.getReferringDoctor(null));
        assertNotNull(own.getReferringDoctorHistory(null));
        var notices = own.getNotices(null);
        assertFalse(notices.getNotices().isEmpty());
        own.readNotice("AV-2026-0031", null);
        assertNotNull(own.downloadNotice("AV-2026-0031", null).getUrl());
        assertEquals("ca", own.getSettings(null).getLanguage().getValue());
        assertEquals("fr", own.replaceSettings(model("{\"textSize\":\"large\",\"language\":\"fr\"}",
                ad.cass.online.e2e.client.model.Settings.class), null).getLanguage().getValue());
        own.replaceSettings(model("{\"textSize\":\"normal\",\"language\":\"ca\"}", ad.cass.online.e2e.client.model.Settings.class), null);
        assertNotNull(own.sendContactMessage(key(), model("""
                {"subject":"Canvi de banc","message":"Bon dia, voldria canviar el compte.","replyEmail":"jordi.vidal@example.ad",
                 "conditionsAccepted":true}""", ad.cass.online.e2e.client.model.SendContactMessageRequest.class), null));
    }

    @Test
    @Order(11)
    void aDependantsProfileAndTheDoctorChosenForHim() throws Exception {
        signInAs("100001A");
        SessionApi session = new SessionApi(client);
        assertEquals("dependant:100002B", session.switchProfile(model("{\"profileId\":\"dependant:100002B\"}",
                ad.cass.online.e2e.client.model.ProfileSwitchRequest.class), null).getActiveProfileId());
        OwnSpaceApi own = new OwnSpaceApi(client);
        assertNotNull(own.changeReferringDoctor(model("{\"doctorId\":\"MR-0501\"}",
                ad.cass.online.e2e.client.model.ChangeReferringDoctorRequest.class), null));
        ApiException professional = assertThrows(ApiException.class, () -> new ContributionsApi(client).listIncome(null, null, null, null));
        assertEquals(403, professional.getCode(), "seed 000 §1.1: never a dependant's professional data");
        session.switchProfile(model("{\"profileId\":\"own:100001A\"}", ad.cass.online.e2e.client.model.ProfileSwitchRequest.class), null);
    }

    // ------------------------------------------------------------------ procedures and reimbursements

    @Test
    @Order(20)
    void procedures() throws Exception {
        signInAs("100001A");
        ProceduresApi procedures = new ProceduresApi(client);
        assertFalse(procedures.listProcedures(null, null, null, null, null, null, 20, null).getProcedures().isEmpty());
        assertFalse(procedures.listProcedureForms(null).getForms().isEmpty());
        assertEquals("TA2026-006120", procedures.getProcedure("TA2026-006120", null).getCode());
        assertFalse(procedures.getProcedureDocuments("TA2026-006120", null).getMandatory().isEmpty());
        assertNotNull(procedures.downloadProcedureDocument("TA2026-004512", "1", null).getUrl());
        assertNotNull(procedures.modifyProcedure("TA2026-006120", key(), model("{\"fields\":{\"familyName\":\"Vidal i Serra\"}}",
                ad.cass.online.e2e.client.model.ProcedurePatch.class), null));
        var documents = procedures.getProcedureDocuments("TA2026-006120", null);
        String slot = documents.getMandatory().get(0).getId();
        byte[] pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        var upload = procedures.uploadProcedureDocument("TA2026-006120", model("{\"document\":\"" + slot
                + "\",\"contentType\":\"application/pdf\",\"size\":" + pdf.length + "}", ad.cass.online.e2e.client.model.UploadRequest.class), null);
        HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(upload.getUrl())
                .header("Content-Type", "application/pdf").PUT(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, put.statusCode(), put.body());
        assertNotNull(procedures.completeProcedureDocument("TA2026-006120", slot, null));

        assertNotNull(procedures.fileProcedure(key(), model("""
                {"type":"travel-form","fields":{"country":"FR","from":"2026-12-20","to":"2027-01-06"}}""",
                ad.cass.online.e2e.client.model.ProcedureRequest.class), null));
        var voucher = procedures.fileProcedure(key(), model("""
                {"type":"medical-voucher-abroad","fields":{"country":"ES","provider":"Hospital Sant Joan de Déu","appointment":"2027-01-15"}}""",
                ad.cass.online.e2e.client.model.ProcedureRequest.class), null);
        assertNotNull(procedures.cancelProcedure(voucher.getCode(), key(), null));
        var another = procedures.fileProcedure(key(), model("""
                {"type":"medical-voucher-abroad","fields":{"country":"FR","provider":"Hôpital de Perpignan","appointment":"2027-02-03"}}""",
                ad.cass.online.e2e.client.model.ProcedureRequest.class), null);
        assertEquals(another.getCode(), procedures.acceptProcedure(another.getCode(), key(), null).getCode());

        String pdfExport = pdfText(procedures.exportProcedures("pdf", null, null, null, null, null, null));
        // by default the pending ones: the dependant filed above is one
        assertTrue(pdfExport.contains("Número CASS: 100001A") && pdfExport.contains("Martí Vidal Serra"), pdfExport);
        String xlsxExport = xlsxText(procedures.exportProcedures("xlsx", null, null, null, null, null, null));
        assertTrue(xlsxExport.contains("Martí Vidal Serra"), xlsxExport);
    }

    @Test
    @Order(21)
    void reimbursements() throws Exception {
        signInAs("100001A");
        ReimbursementsApi reimbursements = new ReimbursementsApi(client);
        assertFalse(reimbursements.listReimbursements(null, null, null, null, null).getSheets().isEmpty());
        assertFalse(reimbursements.getReimbursementSheet("2025030000", null).getLines().isEmpty());
        assertTrue(pdfText(reimbursements.copyReimbursementSheet("2025030005", null)).contains("2025030005"));
        assertTrue(xlsxText(reimbursements.exportReimbursements("xlsx", null, LocalDate.of(2025, 1, 1), null, null, null)).length() > 0);
        assertTrue(pdfText(reimbursements.exportReimbursements("pdf", null, LocalDate.of(2025, 1, 1), null, null, null)).length() > 0);
    }

    // ------------------------------------------------------------------ contributions, simulators, extracts

    @Test
    @Order(30)
    void contributionsAndSimulators() throws Exception {
        signInAs("100001A");
        ContributionsApi contributions = new ContributionsApi(client);
        assertFalse(contributions.listIncome(null, "12m", null, null).getMonths().isEmpty());
        assertNotNull(contributions.getIncomeMonth("2026-06", null));
        assertTrue(pdfText(contributions.exportIncome("pdf", null, "last-year", null, null)).contains("100001A"));
        assertTrue(xlsxText(contributions.exportIncome("xlsx", null, "custom", "2024-01", "2025-12")).contains("2025"));
        assertNotNull(contributions.getOldAgePoints(null));
        assertNotNull(contributions.simulateRetirementPension(null));
        assertNotNull(contributions.simulateInvalidity(model("""
                {"origin":"WORK_ACCIDENT","impairmentPercent":35,"calculationBaseCents":250000,"ageAtEvent":44,"contributedMonths":240}""",
                ad.cass.online.e2e.client.model.InvalidityCase.class), null));
        assertNotNull(contributions.simulateNonContributoryComplement(model("""
                {"group":2,"pensionCents":85000,"foreignPensionCents":12000,"residentInAndorra":true,"hasSolidarityPension":false}""",
                ad.cass.online.e2e.client.model.CncCase.class), null));
        assertNotNull(contributions.listSickLeaves(null));
        assertNotNull(contributions.listPayments(null, LocalDate.of(2025, 1, 1), null));
        assertNotNull(contributions.listWorkSuspensions(null));
        assertNotNull(contributions.getEligibility(null));
    }

    @Test
    @Order(31)
    void extractsTheWalletAndThePublicCheck() throws Exception {
        signInAs("100001A");
        ExtractsApi extracts = new ExtractsApi(client);
        Extract asked = extracts.askForExtract(key(), model("{\"type\":\"points\"}", ad.cass.online.e2e.client.model.ExtractRequest.class), null);
        Extract ready = waitFor(() -> {
            Extract now = call(() -> extracts.getExtract(asked.getId(), null));
            return "READY".equals(String.valueOf(now.getState())) ? now : null;
        });
        assertFalse(extracts.listExtracts(null).getExtracts().isEmpty());
        byte[] document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(ready.getDownload().getUrl()).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        try (PDDocument pdf = Loader.loadPDF(document)) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("100001A"));
        }
        assertNotNull(extracts.getHealthCard(null));
        token = null; // the public routes: no session
        assertTrue(extracts.verifyDocument(ready.getVerificationCode(), null).getAuthentic());
        assertFalse(extracts.getSealKeys(null).getKeys().isEmpty());
    }

    // ------------------------------------------------------------------ proof of life and the declarant space

    @Test
    @Order(40)
    void proofOfLife() throws Exception {
        signInAs("100005E");
        LifeCertificatesApi lifeCertificates = new LifeCertificatesApi(client);
        assertNotNull(lifeCertificates.lifeCertificateStatus(null));
        String file = Base64.getEncoder().encodeToString("%PDF-1.4\n% certificat de vie, mairie de Perpignan\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII));
        assertNotNull(lifeCertificates.submitLifeCertificate(model("{\"issuerType\":\"TOWN_HALL\",\"issueDate\":\"2026-11-20\","
                + "\"country\":\"FR\",\"file\":\"" + file + "\",\"fileName\":\"certificat-de-vie.pdf\"}",
                ad.cass.online.e2e.client.model.LifeCertificateSubmission.class), null));
        assertNotNull(lifeCertificates.requestLifeCertificateVideoCall(key(), model("{\"preferredDate\":\"2026-12-10\",\"timeOfDay\":\"MORNING\"}",
                ad.cass.online.e2e.client.model.RequestLifeCertificateVideoCallRequest.class), null));
    }

    @Test
    @Order(41)
    void theCompanyByItsCertificate() throws Exception {
        token = new SignInApi(client).loginWithContract(new ContractLoginRequest().contractNumber("CD-0940-2024").password(DemoData.PIN), null)
                .getToken();
        DeclarantApi declarant = new DeclarantApi(client);
        assertNotNull(declarant.getDeclarant(null));
        assertFalse(declarant.getDeclarantEmployees(null).getEmployees().isEmpty());
        assertFalse(declarant.getDeclarantIncapacities(null, null).getIncapacities().isEmpty());
        assertFalse(declarant.getDeclarantContributions(null, null, null).getSheets().isEmpty());
        assertNotNull(declarant.declareContributions(key(), "2026-11", model(eventBody("declarants/declare.json"),
                ad.cass.online.e2e.client.model.ContributionDeclaration.class), null));
        var payments = declarant.getDeclarantPayments(null, null).getPayments();
        assertFalse(payments.isEmpty());
        assertNotNull(declarant.orderDeclarantPayment(payments.get(0).getId(), null));
        assertNotNull(declarant.registerDeclarantEmployee(key(), model("{\"cassNumber\":\"100001A\",\"startDate\":\"2026-12-14\"}",
                ad.cass.online.e2e.client.model.EmployeeHire.class), null));
        assertNotNull(declarant.registerDeclarantEmployeeLeaving(key(), "100010K", model("{\"endDate\":\"2026-12-31\"}",
                ad.cass.online.e2e.client.model.RegisterDeclarantEmployeeLeavingRequest.class), null));
        assertNotNull(declarant.changeDeclarant(key(), model("{\"phone\":\"+376 812 345\"}",
                ad.cass.online.e2e.client.model.DeclarantChange.class), null));
    }

    @Test
    @Order(42)
    void núriasOwnAccountBase() throws Exception {
        signInAs("100004D");
        new SessionApi(client).switchProfile(model("{\"profileId\":\"self-employed:820451\"}",
                ad.cass.online.e2e.client.model.ProfileSwitchRequest.class), null);
        assertNotNull(new DeclarantApi(client).chooseOwnAccountBase(model("{\"year\":2027,\"bandPercent\":125}",
                ad.cass.online.e2e.client.model.ChooseOwnAccountBaseRequest.class), null));
    }

    @Test
    @Order(90)
    void logout() throws Exception {
        signInAs("100006F");
        new SessionApi(client).logout(null);
        ApiException gone = assertThrows(ApiException.class, () -> new OwnSpaceApi(client).getHome(null));
        assertEquals(401, gone.getCode());
    }

    /** The proof: every operation of openapi.yaml was called through the generated client and answered 2xx at least once. */
    @Test
    @Order(99)
    void everyOperationOfTheContractWasDrivenByTheClient() {
        Set<String> notCalled = new TreeSet<>(operations.keySet());
        CALLED.forEach((operation, succeeded) -> {
            if (succeeded) {
                notCalled.remove(operation);
            }
        });
        assertEquals(Set.of(), notCalled, "operations the generated client did not get a 2xx from");
        assertEquals(71, operations.size(), "the contract's operations: a new one needs its step here");
    }

    // ------------------------------------------------------------------ helpers

    static void signInAs(String cassNumber) throws ApiException {
        token = null;
        token = new SignInApi(client).loginWithPin(new PinLoginRequest().cassNumber(cassNumber).pin(DemoData.PIN), null).getToken();
    }

    static String key() {
        return "e2e-" + UUID.randomUUID();
    }

    /** A request body as the frontends hold it, JSON, read into the generated model (which also checks its shape). */
    static <T> T model(String json, Class<T> type) throws Exception {
        return client.getObjectMapper().readValue(json, type);
    }

    /** The body of an example request of events/, as the frontends would send it. */
    static String eventBody(String file) throws Exception {
        return JSON.readTree(Files.readString(TestStack.projectRoot().resolve("events").resolve(file))).path("body").asText();
    }

    static Path certificates() {
        return system.engines().outbox().directory().getParent().resolve("certs");
    }

    static String pdfText(File file) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file)) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    static String xlsxText(File file) throws Exception {
        StringBuilder text = new StringBuilder();
        try (Workbook workbook = WorkbookFactory.create(file)) {
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> text.append(cell).append(' '))));
        }
        return text.toString();
    }

    interface Call<T> {
        T get() throws Exception;
    }

    static <T> T call(Call<T> call) {
        try {
            return call.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T waitFor(Supplier<T> found) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            T value = found.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not there after 10 s");
    }

    /** Method and path template of each operation, with a pattern its concrete paths match. */
    static Map<String, Pattern> operationsOfTheContract() throws Exception {
        JsonNode contract = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(ApiContract.file().toFile());
        Map<String, Pattern> found = new LinkedHashMap<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                String regex = Pattern.quote(path.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
                found.put(method.toUpperCase() + " " + path.getKey(), Pattern.compile(regex));
            }
        }));
        return found;
    }

    static void record(String method, URI uri, int status) {
        // the literal template wins over a parameter one (/procedures/export over /procedures/{code})
        operations.entrySet().stream()
                .filter(o -> o.getKey().startsWith(method + " ") && o.getValue().matcher(uri.getRawPath()).matches())
                .min(java.util.Comparator.comparingInt(o -> o.getKey().chars().filter(c -> c == '{').count() > 0 ? 1 : 0))
                .ifPresent(o -> CALLED.merge(o.getKey(), status / 100 == 2, Boolean::logicalOr));
    }
}
