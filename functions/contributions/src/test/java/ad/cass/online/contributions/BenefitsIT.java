package ad.cass.online.contributions;

import static ad.cass.online.testing.FunctionCalls.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.benefits.DynamoBenefitStore;
import ad.cass.online.domain.benefits.Payment;
import ad.cass.online.domain.benefits.SickLeave;
import ad.cass.online.domain.benefits.WorkSuspension;
import ad.cass.online.testing.Deployed;
import ad.cass.online.testing.FunctionCalls;
import ad.cass.online.testing.MutableClock;
import ad.cass.online.testing.TestPeople;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Sick leaves, payments and work suspensions (seeds 001/002; issue 19) over HTTP, on the emulated tables. */
class BenefitsIT {
    @RegisterExtension
    final Deployed deployed = Deployed.freshForEachTest();

    FunctionCalls api;

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @BeforeEach
    void build() {
        TestStack stack = deployed.stack();
        DynamoBenefitStore store = new DynamoBenefitStore(stack.dynamo(), stack.name("RecordsTable"));
        store.saveSickLeaves(List.of(
                new SickLeave(TestPeople.HOLDER, "IT-2026-0042", "507342", "Banc Andorrà de Crèdit SA", d("2026-09-14"), null,
                        List.of(new SickLeave.Extension(d("2026-09-28"), d("2026-10-26")), new SickLeave.Extension(d("2026-10-26"), d("2026-12-07"))),
                        List.of(new SickLeave.DaysPaid(d("2026-09-14"), d("2026-09-16"), SickLeave.Payer.EMPLOYER, 71_68, null),
                                new SickLeave.DaysPaid(d("2026-09-17"), d("2026-10-31"), SickLeave.Payer.CASS, 47_79, d("2026-11-05")))),
                new SickLeave(TestPeople.HOLDER, "IT-2025-0007", "507342", "Banc Andorrà de Crèdit SA", d("2025-02-03"), d("2025-02-10"),
                        List.of(), List.of(new SickLeave.DaysPaid(d("2025-02-03"), d("2025-02-05"), SickLeave.Payer.EMPLOYER, 70_10, null),
                        new SickLeave.DaysPaid(d("2025-02-06"), d("2025-02-10"), SickLeave.Payer.CASS, 46_73, d("2025-03-05")))),
                new SickLeave(TestPeople.STRANGER, "IT-2026-0666", "500001", "Secret SA", d("2026-06-01"), null, List.of(), List.of())));
        store.savePayments(List.of(
                new Payment(TestPeople.HOLDER, "P-1", d("2026-11-05"), Payment.Kind.INCAPACITY_ALLOWANCE, "Incapacitat temporal IT-2026-0042", 2_150_55),
                new Payment(TestPeople.HOLDER, "P-2", d("2026-10-15"), Payment.Kind.REIMBURSEMENT, "Full de prestacions 202610015", 33_75),
                new Payment(TestPeople.HOLDER, "P-3", d("2025-11-20"), Payment.Kind.REIMBURSEMENT, "Full de prestacions 202511010", 39_00),
                new Payment(TestPeople.STRANGER, "P-9", d("2026-10-01"), Payment.Kind.PENSION, "Pensió de jubilació", 1_500_00)));
        store.saveWorkSuspensions(List.of(
                new WorkSuspension(TestPeople.HOLDER, "507342", "Banc Andorrà de Crèdit SA", WorkSuspension.Kind.SUSPENSION,
                        d("2020-03-16"), d("2020-06-30"), 100, 3_420_00),
                new WorkSuspension(TestPeople.HOLDER, "507342", "Banc Andorrà de Crèdit SA", WorkSuspension.Kind.REDUCED_HOURS,
                        d("2020-07-01"), d("2020-09-30"), 50, 1_260_00)));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
        api = new FunctionCalls("contributions", Env.with(stack.environment("ContributionsFunction"),
                () -> new ContributionsApiFunction(ContributionsApiFunction.Services.fromEnvironment(clock))));
    }

    /** Seeds 001/002, "El detall de les baixes mèdiques presentades": extensions, days paid and by whom, what each paid. */
    @Test
    void theSickLeavesWithTheirExtensionsAndWhoPaidWhichDays() throws Exception {
        JsonNode list = api.ok("sick-leaves.json", e -> { });
        JsonNode leaves = list.get("sickLeaves");
        assertEquals(2, leaves.size(), "the stranger's is not his");
        JsonNode current = leaves.get(0);
        assertEquals("IT-2026-0042", current.get("id").asText());
        assertTrue(current.get("ongoing").asBoolean());
        assertFalse(current.has("end"));
        assertEquals("2026-12-07", current.at("/extensions/1/until").asText());
        assertEquals(3, current.at("/paidByEmployer/days").asInt());
        assertEquals(45, current.at("/paidByCass/days").asInt(), "17/09 to 31/10");
        assertEquals(45 * 47_79, current.at("/paidByCass/amount/cents").asLong());
        assertEquals("2.150,55 €", current.at("/payments/1/amount/text").asText());
        JsonNode closed = leaves.get(1);
        assertFalse(closed.get("ongoing").asBoolean());
        assertEquals("2025-02-10", closed.get("end").asText());
        assertEquals(3 + 5, closed.at("/paidByEmployer/days").asInt() + closed.at("/paidByCass/days").asInt(), "every day of it");
    }

    /** Seeds 001/002, "L'abonament de les prestacions mèdiques, pensions i salaris": the last 12 months by default. */
    @Test
    void thePaymentsOfTheLastTwelveMonthsWithTheirTotal() throws Exception {
        JsonNode list = api.ok("payments.json", e -> e.setQueryStringParameters(null));
        assertEquals("2025-12-01", list.get("from").asText());
        List<String> ids = new ArrayList<>();
        list.get("payments").forEach(p -> ids.add(p.get("id").asText()));
        assertEquals(List.of("P-1", "P-2"), ids, "newest first; 20/11/2025 is before the period");
        assertEquals("incapacity-allowance", list.at("/payments/0/kind").asText());
        assertEquals(2_150_55 + 33_75, list.at("/total/cents").asLong());
        JsonNode longer = api.ok("payments.json", query(Map.of("from", "2025-01-01", "to", "2026-11-30")));
        assertEquals(3, longer.get("payments").size());
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {"from=2026-13-01 | from", "from=2026-06-01&to=2026-05-01 | from",
            "from=2020-01-01&to=2026-11-30 | from", "to=tomorrow | to"})
    void aBadPeriodOfPaymentsIsRefused(String rawQuery, String field) throws Exception {
        assertEquals(field, api.refusedField("payments.json", FunctionCalls.rawQuery(rawQuery)));
    }

    /** Seeds 001/002, "El detall assegurat suspensió temporal contracte treball/reducció jornada laboral". */
    @Test
    void theSuspensionsAndReductionsOfWork() throws Exception {
        JsonNode list = api.ok("work-suspensions.json", e -> { }).get("workSuspensions");
        assertEquals(2, list.size());
        assertEquals("REDUCED_HOURS", list.at("/0/kind").asText(), "newest first");
        assertEquals(50, list.at("/0/reductionPercent").asInt());
        assertEquals("SUSPENSION", list.at("/1/kind").asText());
        assertEquals("3.420,00 €", list.at("/1/benefitPaid/text").asText());
    }

    /** Seed 000 §1.1: professional data, never through a dependant's profile. */
    @ParameterizedTest(name = "{0} as a dependant -> 403")
    @ValueSource(strings = {"sick-leaves.json", "payments.json", "work-suspensions.json"})
    void aDependantsProfileIsRefused(String event) {
        APIGatewayV2HTTPResponse response = api.call(event, FunctionCalls.actingAs("dependant:100002B"));
        assertEquals(403, response.getStatusCode(), response.getBody());
        assertFalse(response.getBody().contains("Banc"));
    }
}
