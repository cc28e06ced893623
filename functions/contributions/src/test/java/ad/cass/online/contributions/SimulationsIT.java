package ad.cass.online.contributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.contributions.DynamoContributionStore;
import ad.cass.online.domain.contributions.ForeignPeriod;
import ad.cass.online.domain.contributions.IncomeConcept;
import ad.cass.online.domain.contributions.IncomeMonth;
import ad.cass.online.domain.contributions.PointsYear;
import ad.cass.online.domain.contributions.Scheme;
import ad.cass.online.testing.Deployed;
import ad.cass.online.testing.FunctionCalls;
import ad.cass.online.testing.MutableClock;
import ad.cass.online.testing.TestPeople;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The retirement simulation (seed 000 §2.2.1) and the calculators of seed 003 over HTTP, on the emulated tables. The
 * rules themselves are tested edge by edge in the domain (InvaliditySimulatorTest, CncSimulatorTest,
 * RetirementSimulatorTest); here, what the API makes of them: the data it reads, the body it parses, the refusals.
 */
class SimulationsIT {
    @RegisterExtension
    final Deployed deployed = Deployed.freshForEachTest();

    FunctionCalls api;
    ContributionsApiFunction function;
    TestStack stack;

    /** The holder: 94 months declared in Andorra (2019-01 to 2026-10, June 2022 by two declarants), 9 years in Spain. */
    @BeforeEach
    void build() {
        stack = deployed.stack();
        List<IncomeMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2019, 1); !m.isAfter(YearMonth.of(2026, 10)); m = m.plusMonths(1)) {
            months.add(new IncomeMonth(TestPeople.HOLDER, m, "507342", "Banc Andorrà de Crèdit SA", Scheme.GENERAL,
                    List.of(new IncomeConcept("SB", "Salari base", 2_000_00))));
        }
        months.add(new IncomeMonth(TestPeople.HOLDER, YearMonth.of(2022, 6), "503119", "Impremta Escaldes SL", Scheme.GENERAL,
                List.of(new IncomeConcept("SB", "Salari base", 300_00))));
        DynamoContributionStore store = new DynamoContributionStore(stack.dynamo(), stack.name("RecordsTable"));
        store.saveIncome(months);
        store.savePoints(List.of(new PointsYear(TestPeople.HOLDER, 2025, 1_000_000), new PointsYear(TestPeople.HOLDER, 2026, 411_438)));
        store.saveForeignPeriods(List.of(new ForeignPeriod(TestPeople.HOLDER, "ES", LocalDate.of(2010, 1, 1), LocalDate.of(2018, 12, 31))));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
        function = Env.with(stack.environment("ContributionsFunction"),
                () -> new ContributionsApiFunction(ContributionsApiFunction.Services.fromEnvironment(clock)));
        api = new FunctionCalls("contributions", function);
    }

    /** What SnapStart runs before the snapshot: the calculators and the exports' libraries; it must not fail nor write. */
    @Test
    void primingRunsAndLeavesNoTrace() {
        int before = stack.dynamo().scan(r -> r.tableName(stack.name("AccessLogTable"))).count();
        function.prime();
        assertEquals(before, stack.dynamo().scan(r -> r.tableName(stack.name("AccessLogTable"))).count());
    }

    /**
     * Seed 000 §2.2.1: 1.411,438 points at 61,5 cents a point a year (pension-parameters.properties) give
     * 1411.438 × 61.5 / 12 = 7233.62 cents a month, 72,34 €; 94 months in Andorra and 108 totalised with Spain hold
     * the 15 years; at 45 he waits for his 65th birthday.
     */
    @Test
    void theRetirementPensionThePointsGiveAndWhatIsMissing() throws Exception {
        JsonNode s = api.ok("pension-simulation.json", e -> { });
        assertEquals("2026-11-30", s.get("simulatedOn").asText());
        assertEquals(1_411_438, s.at("/points/thousandths").asLong());
        assertEquals("72,34 €", s.at("/monthlyPension/text").asText());
        assertEquals(94, s.at("/contributions/andorraMonths").asInt(), "June 2022 counts once");
        assertEquals(108, s.at("/contributions/totalisedMonths").asInt());
        assertEquals(180, s.at("/contributions/requiredMonths").asInt());
        assertTrue(s.at("/contributions/met").asBoolean());
        assertEquals(45, s.at("/age/years").asInt());
        assertFalse(s.at("/age/met").asBoolean());
        assertEquals(20, s.at("/age/missingYears").asInt());
        assertFalse(s.get("conditionsMet").asBoolean());
        assertEquals("2046-03-14", s.get("holdsOn").asText(), "his 65th birthday");
        assertFalse(s.get("reasons").isEmpty());
    }

    @Test
    void aDependantsProfileGetsNoSimulationOfTheirWorkingLife() {
        APIGatewayV2HTTPResponse response = api.call("pension-simulation.json", FunctionCalls.actingAs("dependant:100002B"));
        assertEquals(403, response.getStatusCode());
    }

    /** Seed 003 §1.4: 35 % from a work accident, "20 - 50 % 50 % Base de càlcul": 2.500,00 × 50 % × 35 % = 437,50 € a month. */
    @Test
    void aWorkAccidentPension() throws Exception {
        JsonNode outcome = api.ok("invalidity.json", e -> { });
        assertEquals("PENSION", outcome.get("outcome").asText());
        assertEquals(437_50, outcome.get("amountCents").asLong());
        assertEquals("437,50 €", outcome.at("/amount/text").asText());
        assertTrue(outcome.get("reasons").size() >= 2, "the band and the cap, said");
    }

    /** Seed 003 §1.4, "10 - 11 % 2,5 vegades": a capital, paid once. */
    @Test
    void aWorkAccidentCapital() throws Exception {
        JsonNode outcome = api.ok("invalidity.json", e -> e.setBody(
                "{\"origin\":\"WORK_ACCIDENT\",\"impairmentPercent\":10.5,\"calculationBaseCents\":200000,\"ageAtEvent\":30,\"contributedMonths\":60}"));
        assertEquals("CAPITAL", outcome.get("outcome").asText());
        assertEquals(5_000_00, outcome.get("amountCents").asLong());
    }

    /** Seed 003 §1.1: at 40, (40 × 3) − 51 = 69 months; 68 are not enough, whatever the impairment. */
    @Test
    void aCommonIllnessWithoutTheQualifyingPeriod() throws Exception {
        JsonNode outcome = api.ok("invalidity.json", e -> e.setBody("{\"origin\":\"COMMON_ILLNESS\",\"impairmentPercent\":80,"
                + "\"ageAtEvent\":40,\"contributedMonths\":68,\"canKeepWorking\":false,\"theoreticalRetirementPensionCents\":120000}"));
        assertEquals("NOT_ELIGIBLE", outcome.get("outcome").asText());
        assertEquals(0, outcome.get("amountCents").asLong());
        assertTrue(outcome.get("reasons").toString().contains("69"), outcome.toString());
    }

    /** Seed 003 §2.1: group 2, 850,00 € + 120,00 € abroad, topped up to 80 % of 1.525,33 € = 1.220,264 €: 250,26 €. */
    @Test
    void theNonContributoryComplement() throws Exception {
        JsonNode outcome = api.ok("cnc.json", e -> { });
        assertEquals(250_26, outcome.get("amountCents").asLong());
        assertEquals("250,26 €", outcome.at("/amount/text").asText());
        assertNull(outcome.get("outcome"));
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "[1] | body",
            "{} | origin",
            "{\"origin\":\"ILLNESS\",\"impairmentPercent\":30,\"calculationBaseCents\":1} | origin",
            "{\"origin\":5,\"impairmentPercent\":30,\"calculationBaseCents\":1} | origin",
            "{\"origin\":\"WORK_ACCIDENT\",\"impairmentPercent\":\"30\",\"calculationBaseCents\":1} | impairmentPercent",
            "{\"origin\":\"WORK_ACCIDENT\",\"impairmentPercent\":100.5,\"calculationBaseCents\":1} | impairmentPercent",
            "{\"origin\":\"WORK_ACCIDENT\",\"impairmentPercent\":-1,\"calculationBaseCents\":1} | impairmentPercent",
            "{\"origin\":\"WORK_ACCIDENT\",\"impairmentPercent\":50.125,\"calculationBaseCents\":1} | impairmentPercent",
            "{\"origin\":\"WORK_ACCIDENT\",\"impairmentPercent\":30} | calculationBaseCents",
            "{\"origin\":\"WORK_ACCIDENT\",\"impairmentPercent\":30,\"calculationBaseCents\":-5} | calculationBaseCents",
            "{\"origin\":\"WORK_ACCIDENT\",\"impairmentPercent\":30,\"calculationBaseCents\":1.5} | calculationBaseCents",
            "{\"origin\":\"WORK_ACCIDENT\",\"impairmentPercent\":30,\"calculationBaseCents\":1e20} | calculationBaseCents",
            "{\"origin\":\"WORK_ACCIDENT\",\"impairmentPercent\":30,\"calculationBaseCents\":99999999999} | calculationBaseCents",
            "{\"origin\":\"COMMON_ILLNESS\",\"impairmentPercent\":70,\"ageAtEvent\":40,\"contributedMonths\":100,\"canKeepWorking\":true} | theoreticalRetirementPensionCents",
            "{\"origin\":\"COMMON_ILLNESS\",\"impairmentPercent\":70,\"ageAtEvent\":200,\"contributedMonths\":100,\"canKeepWorking\":true,\"theoreticalRetirementPensionCents\":1} | ageAtEvent",
            "{\"origin\":\"COMMON_ILLNESS\",\"impairmentPercent\":70,\"ageAtEvent\":40,\"contributedMonths\":-1,\"canKeepWorking\":true,\"theoreticalRetirementPensionCents\":1} | contributedMonths",
            "{\"origin\":\"COMMON_ILLNESS\",\"impairmentPercent\":70,\"ageAtEvent\":40,\"contributedMonths\":100,\"canKeepWorking\":\"yes\",\"theoreticalRetirementPensionCents\":1} | canKeepWorking"})
    void aBadInvalidityCaseIsRefusedNamingTheField(String body, String field) throws Exception {
        assertEquals(field, api.refusedField("invalidity.json", e -> e.setBody(body)));
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"group\":3,\"pensionCents\":1,\"residentInAndorra\":true,\"hasSolidarityPension\":false} | group",
            "{\"group\":\"1\",\"pensionCents\":1,\"residentInAndorra\":true,\"hasSolidarityPension\":false} | group",
            "{\"group\":1,\"pensionCents\":-1,\"residentInAndorra\":true,\"hasSolidarityPension\":false} | pensionCents",
            "{\"group\":1,\"residentInAndorra\":true,\"hasSolidarityPension\":false} | pensionCents",
            "{\"group\":1,\"pensionCents\":1,\"foreignPensionCents\":0.5,\"residentInAndorra\":true,\"hasSolidarityPension\":false} | foreignPensionCents",
            "{\"group\":1,\"pensionCents\":1,\"hasSolidarityPension\":false} | residentInAndorra",
            "{\"group\":1,\"pensionCents\":1,\"residentInAndorra\":true,\"hasSolidarityPension\":null} | hasSolidarityPension"})
    void aBadCncCaseIsRefusedNamingTheField(String body, String field) throws Exception {
        assertEquals(field, api.refusedField("cnc.json", e -> e.setBody(body)));
    }

    /** A calculator reads no one's data: acting for a dependant, it answers all the same. */
    @Test
    void theCalculatorsAnswerAnyProfile() throws Exception {
        assertEquals(200, api.call("cnc.json", FunctionCalls.actingAs("dependant:100002B")).getStatusCode());
    }
}
