package ad.cass.online.domain.eligibility;

import static ad.cass.online.domain.eligibility.Fixtures.PARAMETERS;
import static ad.cass.online.domain.eligibility.Fixtures.SUBJECT;
import static ad.cass.online.domain.eligibility.Fixtures.TODAY;
import static ad.cass.online.domain.eligibility.Fixtures.born;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 003 §4.1 "TERCER PAGADOR": "Aquest règim afecta a tots els assegurats a partir de 65 anys, des de
 * l'01/01/2022 i a totes les persones amb discapacitat des del 02/01/2023. Es consideren persones amb discapacitat
 * les que han estat valorades per la CONAVA amb un grau de menyscabament igual o superior al 33%." Today is
 * 15/03/2026.
 */
class ThirdPartyPayerTest {

    @ParameterizedTest(name = "born {0}, CONAVA {1} % since {2}, recorded {3} -> {4} since {5}, would hold on {6}")
    @CsvSource(delimiter = '|', value = {
            // seed 003 §4.1 "a partir de 65 anys": a day short of 65, then 65 today
            "1961-03-16 |    |            | true  | false |            | 2026-03-16",
            "1961-03-15 |    |            | true  | true  | 2026-03-15 | ",
            // seed 003 §4.1 "des de l'01/01/2022": 65 before the regime began -> from 01/01/2022
            "1950-06-01 |    |            | true  | true  | 2022-01-01 | ",
            // seed 003 §4.1: 65 after 2022 -> from the 65th birthday
            "1958-07-10 |    |            | true  | true  | 2023-07-10 | ",
            // seed 003 §4.1: born on 29 February, 65 on 1 March 2025 (a common year), as Period counts
            "1960-02-29 |    |            | true  | true  | 2025-03-01 | ",
            // seed 003 §4.1 "igual o superior al 33%": 32 no, 33 and 50 yes, from the CONAVA's date
            "1980-01-01 | 32 | 2024-05-01 | true  | false |            | 2045-01-01",
            "1980-01-01 | 33 | 2024-05-01 | true  | true  | 2024-05-01 | ",
            "1980-01-01 | 50 | 2024-05-01 | true  | true  | 2024-05-01 | ",
            // seed 003 §4.1 "des del 02/01/2023": assessed before -> from 02/01/2023; after -> from the assessment
            "1980-01-01 | 40 | 2015-03-01 | true  | true  | 2023-01-02 | ",
            "1980-01-01 | 40 | 2023-01-03 | true  | true  | 2023-01-03 | ",
            // seed 003 §4.1: a degree recognised from a day still to come holds from that day only
            "1980-01-01 | 40 | 2026-03-16 | true  | false |            | 2045-01-01",
            // seed 003 §4.1, both grounds: the earlier day (age 01/01/2022 vs disability 01/06/2023)
            "1955-01-01 | 50 | 2023-06-01 | true  | true  | 2022-01-01 | ",
            // both grounds: disability 02/01/2023 before 65 on 01/09/2024
            "1959-09-01 | 33 | 2018-01-01 | true  | true  | 2023-01-02 | ",
            // seed 003 §4.1, neither ground: it would hold on the 65th birthday
            "1980-01-01 |    |            | true  | false |            | 2045-01-01",
            // no situation recorded: only age decides
            "1950-06-01 |    |            | false | true  | 2022-01-01 | ",
            "1980-01-01 |    |            | false | false |            | 2045-01-01"})
    void theGroundsAndTheirDays(LocalDate birth, Integer degree, LocalDate conavaSince, boolean recorded, boolean eligible,
                                LocalDate since, LocalDate wouldHoldOn) {
        Optional<SocialSituation> situation = recorded
                ? Optional.of(new SocialSituation(SUBJECT, degree, conavaSince, List.of(), false)) : Optional.empty();
        ThirdPartyPayer answer = EligibilityRules.decide(born(birth), situation, TODAY, PARAMETERS).thirdPartyPayer();
        assertEquals(eligible, answer.eligible(), String.join("\n", answer.reasons()));
        assertEquals(since, answer.since());
        assertEquals(wouldHoldOn, answer.wouldHoldOn());
    }

    @Test
    void beforeTheRegimeBeganNobodyHadItAndItWouldHoldOnItsFirstDay() {
        // seed 003 §4.1 "des de l'01/01/2022": aged 70 on 01/06/2021, it holds from 01/01/2022
        ThirdPartyPayer answer = EligibilityRules.decide(born(LocalDate.of(1951, 1, 1)), Optional.empty(),
                LocalDate.of(2021, 6, 1), PARAMETERS).thirdPartyPayer();
        assertFalse(answer.eligible());
        assertEquals(LocalDate.of(2022, 1, 1), answer.wouldHoldOn());
    }

    @Test
    void theReasonsSayEachGroundItsDayAndTheConclusion() {
        // seed 003 §4.1: 64 years old, CONAVA 32 % -> neither ground
        List<String> reasons = EligibilityRules.decide(born(LocalDate.of(1961, 3, 16)),
                Optional.of(new SocialSituation(SUBJECT, 32, LocalDate.of(2024, 5, 1), List.of(), false)), TODAY, PARAMETERS)
                .thirdPartyPayer().reasons();
        assertEquals(List.of(
                "Edat: 64 anys. El tercer pagador s'aplica a tots els assegurats a partir dels 65 anys des de l'01/01/2022: "
                        + "no es compleix; es complirà el 16/03/2026.",
                "Discapacitat: grau de menyscabament del 32 % valorat per la CONAVA des de l'01/05/2024; el tercer pagador "
                        + "s'aplica a les persones amb un grau de menyscabament igual o superior al 33 % des del 02/01/2023: "
                        + "no es compleix.",
                "Ara no teniu dret al tercer pagador; per edat, el tindreu a partir del 16/03/2026."), reasons);

        // seed 003 §4.1: 71 years old and CONAVA 50 % from 2015
        String both = String.join("\n", EligibilityRules.decide(born(LocalDate.of(1955, 1, 1)),
                Optional.of(new SocialSituation(SUBJECT, 50, LocalDate.of(2015, 3, 1), List.of(), false)), TODAY, PARAMETERS)
                .thirdPartyPayer().reasons());
        assertTrue(both.contains("Edat: 71 anys. El tercer pagador s'aplica a tots els assegurats a partir dels 65 anys des "
                + "de l'01/01/2022: es compleix des de l'01/01/2022."), both);
        assertTrue(both.contains("grau de menyscabament del 50 % valorat per la CONAVA des de l'01/03/2015;"), both);
        assertTrue(both.contains("igual o superior al 33 % des del 02/01/2023: es compleix des del 02/01/2023."), both);
        assertTrue(both.contains("Teniu dret al tercer pagador des de l'01/01/2022"), both);

        String none = String.join("\n", EligibilityRules.decide(born(LocalDate.of(1980, 1, 1)), Optional.empty(), TODAY,
                PARAMETERS).thirdPartyPayer().reasons());
        assertTrue(none.contains("Discapacitat: no consta cap valoració de la CONAVA;"), none);
    }
}
