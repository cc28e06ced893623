package ad.cass.online.contributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.eligibility.DynamoSituationStore;
import ad.cass.online.domain.eligibility.Entitlement;
import ad.cass.online.domain.eligibility.SocialSituation;
import ad.cass.online.testing.Deployed;
import ad.cass.online.testing.FunctionCalls;
import ad.cass.online.testing.MutableClock;
import ad.cass.online.testing.TestPeople;
import ad.cass.online.testing.TestStack;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The third-party payer and the reimbursement up to 100 % (seed 003 §4; issue 19) over HTTP, on the emulated tables.
 * The rules edge by edge: ThirdPartyPayerTest, FullReimbursementTest.
 */
class EligibilityIT {
    @RegisterExtension
    final Deployed deployed = Deployed.freshForEachTest();

    FunctionCalls api;
    DynamoSituationStore situations;

    @BeforeEach
    void build() {
        TestStack stack = deployed.stack();
        situations = new DynamoSituationStore(stack.dynamo(), stack.name("RecordsTable"));
        // Pau, 12: a disability recognised in 2023 (seed 003 §4.2, 7); the stranger's is never anyone else's to read
        situations.save(List.of(
                new SocialSituation(TestPeople.CHILD, 40, LocalDate.of(2023, 5, 2),
                        List.of(new Entitlement(Entitlement.Kind.MINOR_WITH_DISABILITY, LocalDate.of(2023, 5, 2), null)), false),
                new SocialSituation(TestPeople.STRANGER, 80, LocalDate.of(2020, 1, 1),
                        List.of(new Entitlement(Entitlement.Kind.GOVERN_GUARDIANSHIP, LocalDate.of(2020, 1, 1), null)), false)));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
        api = new FunctionCalls("contributions", Env.with(stack.environment("ContributionsFunction"),
                () -> new ContributionsApiFunction(ContributionsApiFunction.Services.fromEnvironment(clock))));
    }

    /** Seed 003 §4.1: at 45 with nothing recorded, not yet; by age, on his 65th birthday. No 100 % case. */
    @Test
    void nothingRecordedOnlyAgeDecides() throws Exception {
        JsonNode e = api.ok("eligibility.json", x -> { });
        assertFalse(e.at("/thirdPartyPayer/eligible").asBoolean());
        assertEquals("2046-03-14", e.at("/thirdPartyPayer/wouldHoldOn").asText());
        assertFalse(e.at("/fullReimbursement/eligible").asBoolean());
        assertEquals(0, e.at("/fullReimbursement/cases").size());
        assertFalse(e.at("/thirdPartyPayer/reasons").isEmpty());
    }

    /** Seed 003 §4.1: a CONAVA degree of 33 % or more, from 02/01/2023 (a degree recognised before waits for that day). */
    @Test
    void aConavaDegreeFromTheDayTheRegimeBegan() throws Exception {
        situations.save(List.of(new SocialSituation(TestPeople.HOLDER, 45, LocalDate.of(2022, 6, 1), List.of(), false)));
        JsonNode e = api.ok("eligibility.json", x -> { });
        assertTrue(e.at("/thirdPartyPayer/eligible").asBoolean());
        assertEquals("2023-01-02", e.at("/thirdPartyPayer/since").asText());
        assertFalse(e.at("/thirdPartyPayer").has("wouldHoldOn"));
    }

    /** Seed 003 §4.2: "INCOMPATIBLE AMB UNA ASSEGURANÇA COMPLEMENTÀRIA PRIVADA": the case is there, the 100 % is not. */
    @Test
    void aPrivateInsuranceMakesTheHundredPercentIncompatible() throws Exception {
        situations.save(List.of(new SocialSituation(TestPeople.HOLDER, null, null,
                List.of(new Entitlement(Entitlement.Kind.INSUFFICIENT_RESOURCES, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))), true)));
        JsonNode e = api.ok("eligibility.json", x -> { });
        assertFalse(e.at("/fullReimbursement/eligible").asBoolean());
        assertEquals("insufficient-resources", e.at("/fullReimbursement/cases/0/code").asText());
        assertTrue(e.at("/fullReimbursement/reasons").toString().contains("incompatible"), e.toString());
    }

    /** A holder reads a dependant's (health data): Pau, a minor with a recognised disability, and 40 % CONAVA. */
    @Test
    void actingForADependantTheirStanding() throws Exception {
        JsonNode e = api.ok("eligibility.json", FunctionCalls.actingAs("dependant:100002B"));
        assertTrue(e.at("/fullReimbursement/eligible").asBoolean());
        assertEquals("2023-05-02", e.at("/fullReimbursement/since").asText());
        assertEquals("minor-with-disability", e.at("/fullReimbursement/cases/0/code").asText());
        assertTrue(e.at("/thirdPartyPayer/eligible").asBoolean(), "a CONAVA degree of 40 % from 02/05/2023");
        assertEquals("2023-05-02", e.at("/thirdPartyPayer/since").asText());
        assertFalse(e.toString().contains("govern-guardianship"), "the stranger's case");
    }
}
