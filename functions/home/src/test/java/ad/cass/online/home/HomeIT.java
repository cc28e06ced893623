package ad.cass.online.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.contributions.DynamoContributionStore;
import ad.cass.online.aws.doctors.DoctorItems;
import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.http.ProblemType;
import ad.cass.online.aws.news.DynamoNewsStore;
import ad.cass.online.aws.notices.NoticeItems;
import ad.cass.online.aws.person.CoverageItems;
import ad.cass.online.aws.procedures.DynamoProcedureStore;
import ad.cass.online.aws.reimbursements.DynamoReimbursementStore;
import ad.cass.online.aws.travel.TravelFormItems;
import ad.cass.online.domain.contributions.IncomeConcept;
import ad.cass.online.domain.contributions.IncomeMonth;
import ad.cass.online.domain.contributions.PointsYear;
import ad.cass.online.domain.contributions.Scheme;
import ad.cass.online.domain.doctors.DoctorAssignment;
import ad.cass.online.domain.news.NewsItem;
import ad.cass.online.domain.notices.ActiveNotice;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Coverage;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.domain.procedures.ProcedureStatus;
import ad.cass.online.domain.reimbursements.Payee;
import ad.cass.online.domain.reimbursements.ReimbursedAct;
import ad.cass.online.domain.reimbursements.ReimbursementSheet;
import ad.cass.online.domain.reimbursements.ReimbursementStatus;
import ad.cass.online.domain.travel.TravelForm;
import ad.cass.online.testing.ApiContract;
import ad.cass.online.testing.Deployed;
import ad.cass.online.testing.Events;
import ad.cass.online.testing.MutableClock;
import ad.cass.online.testing.TestPeople;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GET /home (seed 000 §2.1), driven by events/home/*.json, through the handler built with template.yaml's
 * environment, on records written through the real adapters into moto, on 30/11/2026.
 */
class HomeIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final CassNumber JORDI = TestPeople.HOLDER;
    static final CassNumber LAIA = TestPeople.STUDENT;
    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @RegisterExtension
    static final Deployed STACK = Deployed.withPeople();
    static HomeApiFunction function;

    @BeforeAll
    static void build() {
        TestStack stack = STACK.stack();
        String records = stack.name("RecordsTable");
        var dynamo = stack.dynamo();
        List<Procedure> procedures = new ArrayList<>();
        for (int i = 1; i <= 7; i++) { // seven pending on Jordi: the page shows five, and says seven
            procedures.add(procedure(JORDI, "TA2026-00010" + i, LocalDate.of(2026, 4, i), ProcedureStatus.PENDING, false));
        }
        procedures.add(procedure(JORDI, "TA2026-000200", LocalDate.of(2026, 11, 2), ProcedureStatus.FINISHED, false));
        procedures.add(procedure(LAIA, "TA2026-000301", LocalDate.of(2026, 9, 8), ProcedureStatus.PENDING, false));
        procedures.add(procedure(LAIA, "TA2026-000302", LocalDate.of(2026, 10, 1), ProcedureStatus.PENDING, true)); // professional
        new DynamoProcedureStore(dynamo, records).saveProcedures(procedures);
        new DynamoReimbursementStore(dynamo, records).saveReimbursements(List.of(
                sheet(JORDI, "202611001", LocalDate.of(2026, 11, 3), 45_00, 33_75),
                sheet(JORDI, "202601002", LocalDate.of(2025, 12, 1), 1_525_33, 1_143_99),
                sheet(JORDI, "202411003", LocalDate.of(2025, 11, 29), 68_00, 51_00))); // more than 12 months ago
        var contributions = new DynamoContributionStore(dynamo, records);
        contributions.saveIncome(List.of(
                income(JORDI, YearMonth.of(2026, 10), "507342", "Banc Andorrà de Crèdit SA", 2_850_40),
                income(JORDI, YearMonth.of(2026, 10), "509001", "Escola de Música de la Massana", 310_00),
                income(JORDI, YearMonth.of(2026, 9), "507342", "Banc Andorrà de Crèdit SA", 2_850_40),
                income(LAIA, YearMonth.of(2026, 7), "511111", "Feina d'estiu SL", 900_00)));
        contributions.savePoints(List.of(new PointsYear(JORDI, 2025, 1_234_567), new PointsYear(JORDI, 2026, 1_000_001),
                new PointsYear(LAIA, 2026, 55_000)));
        PersonRecords personRecords = new PersonRecords(dynamo, records);
        personRecords.write(List.of(new Coverage(JORDI, Coverage.Status.COVERED, LocalDate.of(2003, 9, 1)),
                new Coverage(LAIA, Coverage.Status.COVERED, LocalDate.of(2006, 2, 11))), CoverageItems::item);
        personRecords.write(List.of(
                new DoctorAssignment(JORDI, "MR-0142", "Dr. Pere Soler Mas", "Medicina general", LocalDate.of(2012, 5, 3), LocalDate.of(2024, 1, 14)),
                new DoctorAssignment(JORDI, "MR-0388", "Dra. Marta Casals Vila", "Medicina general", LocalDate.of(2024, 1, 15), null),
                new DoctorAssignment(JORDI, "MR-0999", "Dr. Futur", "Medicina general", LocalDate.of(2026, 12, 1), null)),
                DoctorItems::item);
        personRecords.write(List.of(
                new TravelForm(JORDI, "FD-1", "FR", LocalDate.of(2026, 11, 1), LocalDate.of(2027, 10, 31)),
                new TravelForm(JORDI, "FD-2", "ES", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31)),
                new TravelForm(JORDI, "FD-3", "PT", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 8, 31))), TravelFormItems::item);
        personRecords.write(List.of(
                notice(JORDI, "AV-1", LocalDate.of(2027, 3, 8), null),
                notice(JORDI, "AV-2", LocalDate.of(2027, 3, 8), NOW.minusSeconds(86_400)), // read
                notice(JORDI, "AV-3", LocalDate.of(2026, 11, 29), null)), NoticeItems::item); // no longer available
        DynamoNewsStore news = new DynamoNewsStore(dynamo, records);
        news.publish(news("N-current", "2026-11-02T00:00:00Z", "2027-01-01T00:00:00Z"));
        news.publish(news("N-older", "2026-10-15T00:00:00Z", "2027-03-31T00:00:00Z"));
        news.publish(news("N-expired", "2026-03-01T00:00:00Z", "2026-06-01T00:00:00Z"));
        news.publish(news("N-tomorrow", "2026-12-01T00:00:00Z", "2027-01-01T00:00:00Z"));
        MutableClock clock = new MutableClock(NOW);
        function = Env.with(stack.environment("HomeFunction"), () -> new HomeApiFunction(HomeApiFunction.Services.fromEnvironment(clock)));
    }

    static Procedure procedure(CassNumber who, String code, LocalDate start, ProcedureStatus status, boolean professional) {
        return new Procedure(who, code, "Tràmit " + code, start, start.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC), status,
                professional, List.of());
    }

    static ReimbursementSheet sheet(CassNumber who, String number, LocalDate first, long price, long reimbursed) {
        return new ReimbursementSheet(who, number, first, "Dr. Pere Soler Mas", Payee.INSURED, ReimbursementStatus.FINISHED,
                List.of(new ReimbursedAct(first, "C001", "Consulta", 1, price, reimbursed)));
    }

    static IncomeMonth income(CassNumber who, YearMonth period, String declarant, String name, long gross) {
        return new IncomeMonth(who, period, declarant, name, Scheme.GENERAL, List.of(new IncomeConcept("SB", "Salari base", gross)));
    }

    static ActiveNotice notice(CassNumber who, String id, LocalDate until, Instant readAt) {
        return new ActiveNotice(who, id, "TA2026-004512", "Certificat", NOW.minusSeconds(30 * 86_400), until, readAt,
                "notices/" + who.value() + "/" + id + ".pdf");
    }

    static NewsItem news(String id, String from, String to) {
        return new NewsItem(id, Instant.parse(from), Instant.parse(to), Map.of("ca", "Títol " + id), Map.of("ca", "Resum " + id), null);
    }

    static APIGatewayV2HTTPResponse call(String eventFile) {
        APIGatewayV2HTTPEvent event = Events.read("home", eventFile, APIGatewayV2HTTPEvent.class);
        return ApiContract.checked(event, function.handleRequest(event, null));
    }

    static JsonNode home(String eventFile) throws Exception {
        APIGatewayV2HTTPResponse response = call(eventFile);
        assertEquals(200, response.getStatusCode(), response.getBody());
        return JSON.readTree(response.getBody());
    }

    @Test
    void theHolderSeesTheirWholeSituationAtAGlance() throws Exception {
        JsonNode home = home("home.json");
        assertEquals("own:100001A", home.get("profile").get("id").asText());
        assertEquals(List.of("FD-2", "FD-1"), home.get("travelForms").findValuesAsText("id"), "active today, soonest to end first");
        assertEquals(List.of("N-current", "N-older"), home.get("news").findValuesAsText("id"), "published and not expired, newest first");
        assertEquals(7, home.get("pendingProcedures").get("total").asInt());
        assertEquals(List.of("TA2026-000107", "TA2026-000106", "TA2026-000105", "TA2026-000104", "TA2026-000103"),
                home.get("pendingProcedures").get("first").findValuesAsText("code"), "the five most recently changed");
        assertEquals(2, home.get("reimbursements").get("total").asInt(), "the last 12 months only");
        JsonNode newest = home.get("reimbursements").get("first").get(0);
        assertEquals("202611001", newest.get("sheetNumber").asText());
        assertEquals("1.525,33 €", home.get("reimbursements").get("first").get(1).get("paid").get("text").asText());
        assertEquals(1_143_99, home.get("reimbursements").get("first").get(1).get("reimbursed").get("cents").asLong());
        assertEquals(List.of("Banc Andorrà de Crèdit SA", "Escola de Música de la Massana"),
                home.get("latestIncome").findValuesAsText("declarantName"), "October 2026, one row per declarant");
        assertEquals("2.850,40 €", home.get("latestIncome").get(0).get("gross").get("text").asText());
        JsonNode data = home.get("data");
        assertEquals("COVERED", data.get("coverage").get("status").asText());
        assertEquals("DIRECT", data.get("insuredType").asText());
        assertEquals("EMPLOYED", data.get("employmentStatus").asText());
        assertEquals("2.234,568", data.get("oldAgePoints").get("text").asText(), "1.234,567 + 1.000,001");
        assertEquals("MR-0388", home.get("referringDoctor").get("id").asText(), "the current one, not tomorrow's");
        assertEquals(1, home.get("activeNotices").asInt(), "unread and still available");
        assertFalse(home.has("notice"));
    }

    @Test
    void actingForADependantLeavesTheirProfessionalDataOut() throws Exception {
        JsonNode home = home("home-as-dependant.json");
        assertEquals("100003C", home.get("person").get("cassNumber").asText());
        assertFalse(home.has("latestIncome"), "seed 000 §1.1: not the holder's to see");
        assertFalse(home.get("data").has("oldAgePoints"));
        assertEquals(List.of("TA2026-000301"), home.get("pendingProcedures").get("first").findValuesAsText("code"),
                "the professional procedure is not shown");
        assertEquals(1, home.get("pendingProcedures").get("total").asInt());
        assertEquals("INDIRECT", home.get("data").get("insuredType").asText());
        assertTrue(home.get("travelForms").isEmpty());
    }

    @Test
    void aProfileNoLongerThePersonsFallsBackToTheirOwnAndSaysSo() throws Exception {
        JsonNode home = home("home-stale-profile.json");
        assertEquals("own:100001A", home.get("profile").get("id").asText());
        assertEquals("100001A", home.get("person").get("cassNumber").asText());
        assertTrue(home.get("notice").asText().contains("Ara actueu en nom vostre"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"home-anonymous.json, 401, unauthenticated", "home-contract-session.json, 403, forbidden"})
    void whoMayNotSeeAHomePage(String eventFile, int status, String type) throws Exception {
        APIGatewayV2HTTPResponse response = call(eventFile);
        assertEquals(status, response.getStatusCode());
        assertEquals(ProblemType.BASE + type, JSON.readTree(response.getBody()).get("type").asText());
    }

    @Test
    void primingRunsTheWholeReadAndLeavesNoTrace() {
        TestStack stack = STACK.stack();
        int before = stack.dynamo().scan(r -> r.tableName(stack.name("AccessLogTable"))).count();
        function.prime(); // what SnapStart runs before the snapshot: it must not fail, nor write anything
        assertEquals(before, stack.dynamo().scan(r -> r.tableName(stack.name("AccessLogTable"))).count());
    }

    @Test
    void theSelfEmployedActingAsDeclarantStillSeesTheirOwnPage() throws Exception {
        JsonNode home = home("home-self-employed-as-declarant.json");
        assertEquals("self-employed:820451", home.get("profile").get("id").asText());
        assertEquals("100004D", home.get("person").get("cassNumber").asText());
        assertEquals(0, home.get("pendingProcedures").get("total").asInt());
    }
}
