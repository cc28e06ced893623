package ad.cass.online.domain.simulations;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.text.Translations;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input to the simulators: a 400 naming the JSON field, with a message the catalogue translates (issue 17). */
class SimulationInputTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    static void refused(String field, Executable action) {
        InvalidInput e = assertThrows(InvalidInput.class, action);
        assertEquals(field, e.field());
        assertTrue(Translations.has(e.pattern()), e.pattern());
    }

    @ParameterizedTest(name = "{7}: {0} {1} {2} {3} {4} {5} {6}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // required for every origin
            "null           | 60     | 100000     | 40  | 400  | true | 100000     | origin",
            "COMMON_ILLNESS | null   | 100000     | 40  | 400  | true | 100000     | impairmentPercent",
            // seed 003 §1.1: common illness needs the age, the months, the group and the theoretical pension
            "COMMON_ILLNESS | 60     | null       | null| 400  | true | 100000     | ageAtEvent",
            "COMMON_ILLNESS | 60     | null       | 40  | null | true | 100000     | contributedMonths",
            "COMMON_ILLNESS | 60     | null       | 40  | 400  | null | 100000     | canKeepWorking",
            "COMMON_ILLNESS | 60     | null       | 40  | 400  | true | null       | theoreticalRetirementPensionCents",
            // seed 003 §1.4: a work accident needs its calculation base
            "WORK_ACCIDENT  | 30     | null       | null| null | null | null       | calculationBaseCents",
            // the GM: 0 to 100, two decimals at most
            "WORK_ACCIDENT  | -0.01  | 100000     | null| null | null | null       | impairmentPercent",
            "WORK_ACCIDENT  | 100.01 | 100000     | null| null | null | null       | impairmentPercent",
            "WORK_ACCIDENT  | 50.001 | 100000     | null| null | null | null       | impairmentPercent",
            // amounts: 0 to 10.000.000,00 €
            "WORK_ACCIDENT  | 30     | -1         | null| null | null | null       | calculationBaseCents",
            "WORK_ACCIDENT  | 30     | 1000000001 | null| null | null | null       | calculationBaseCents",
            "COMMON_ILLNESS | 60     | null       | 40  | 400  | true | -1         | theoreticalRetirementPensionCents",
            "COMMON_ILLNESS | 60     | null       | 40  | 400  | true | 1000000001 | theoreticalRetirementPensionCents",
            // the age at the event: 0 to 120, also when the origin does not need it
            "COMMON_ILLNESS | 60     | null       | -1  | 0    | true | 100000     | ageAtEvent",
            "COMMON_ILLNESS | 60     | null       | 121 | 400  | true | 100000     | ageAtEvent",
            "WORK_ACCIDENT  | 30     | 100000     | 121 | null | null | null       | ageAtEvent",
            // months: 0 to 1,440 and at most twelve a year of age
            "COMMON_ILLNESS | 60     | null       | 40  | -1   | true | 100000     | contributedMonths",
            "COMMON_ILLNESS | 60     | null       | 120 | 1441 | true | 100000     | contributedMonths",
            "COMMON_ILLNESS | 60     | null       | 0   | 11   | true | 100000     | contributedMonths",
            "COMMON_ILLNESS | 60     | null       | 20  | 241  | true | 100000     | contributedMonths"})
    void invalidity(Origin origin, BigDecimal impairment, Long base, Integer age, Integer months, Boolean keepsWorking,
                    Long theoretical, String field) {
        refused(field, () -> new InvalidityCase(origin, impairment, base, age, months, keepsWorking, theoretical));
    }

    @Test
    void theLimitsThemselvesAreAccepted() {
        assertDoesNotThrow(() -> new InvalidityCase(Origin.WORK_ACCIDENT, new BigDecimal("50.100"), 1_000_000_000L, null,
                null, null, null));
        assertDoesNotThrow(() -> new InvalidityCase(Origin.COMMON_ILLNESS, new BigDecimal("100"), null, 20, 240, false,
                1_000_000_000L));
        assertDoesNotThrow(() -> new InvalidityCase(Origin.COMMON_ILLNESS, BigDecimal.ZERO, null, 120, 1440, true, 0L));
        assertDoesNotThrow(() -> new CncCase(2, 1_000_000_000L, 0, true, false));
    }

    @Test
    void theOriginIsOneOfItsCodes() {
        assertEquals(Origin.COMMON_ILLNESS, Origin.fromCode("COMMON_ILLNESS"));
        assertEquals(Origin.WORK_ACCIDENT, Origin.fromCode("WORK_ACCIDENT"));
        refused("origin", () -> Origin.fromCode("work_accident"));
        refused("origin", () -> Origin.fromCode(null));
    }

    @ParameterizedTest(name = "{3}: group {0}, {1}, {2}")
    @CsvSource(delimiter = '|', value = {
            "0 | 0          | 0          | group",  // seed 003 §2.1: GRUP 1 or GRUP 2
            "3 | 0          | 0          | group",
            "1 | -1         | 0          | pensionCents",
            "1 | 1000000001 | 0          | pensionCents",
            "1 | 0          | -1         | foreignPensionCents",
            "2 | 0          | 1000000001 | foreignPensionCents"})
    void cnc(int group, long pension, long foreign, String field) {
        refused(field, () -> new CncCase(group, pension, foreign, true, false));
    }

    @ParameterizedTest(name = "{4}: born {0}, {1} points, {2} + {3} months")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "null       | 0          | 0    | 0   | birthDate",
            "2026-03-15 | 0          | 0    | 0   | birthDate",          // born today
            "2027-01-01 | 0          | 0    | 0   | birthDate",          // not born yet
            "1905-03-14 | 0          | 0    | 0   | birthDate",          // 121 years old
            "1960-01-01 | -1         | 0    | 0   | pointsThousandths",
            "1960-01-01 | 1000000001 | 0    | 0   | pointsThousandths",
            "1960-01-01 | 0          | -1   | 0   | contributedMonths",
            "1960-01-01 | 0          | 1441 | 0   | contributedMonths",
            "1960-01-01 | 0          | 0    | -1  | totalisedMonths",
            "1960-01-01 | 0          | 0    | 1441| totalisedMonths",
            "2006-01-01 | 0          | 242  | 0   | contributedMonths",  // 20 years old: 240 months at most
            "2006-01-01 | 0          | 200  | 41  | totalisedMonths"})   // 200 + 41 > 240
    void retirement(LocalDate birth, long points, int andorra, int totalised, String field) {
        RetirementSimulator simulator = new RetirementSimulator(PensionParameters.load());
        refused(field, () -> simulator.simulate(new RetirementCase(birth, points, andorra, totalised), TODAY));
    }
}
