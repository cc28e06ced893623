package ad.cass.online.domain.eligibility;

import static ad.cass.online.domain.eligibility.Fixtures.PARAMETERS;
import static ad.cass.online.domain.eligibility.Fixtures.SUBJECT;
import static ad.cass.online.domain.eligibility.Fixtures.TODAY;
import static ad.cass.online.domain.eligibility.Fixtures.born;
import static ad.cass.online.domain.eligibility.Fixtures.direct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.eligibility.Entitlement.Kind;
import ad.cass.online.domain.format.Coded;
import ad.cass.online.domain.person.EmploymentStatus;
import ad.cass.online.domain.person.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 003 §4.2 "REEMBORSAMENT FINS AL 100%": seven cases ("Qui hi té dret?"), "INCOMPATIBLE AMB UNA ASSEGURANÇA
 * COMPLEMENTÀRIA PRIVADA". Today is 15/03/2026.
 */
class FullReimbursementTest {

    static FullReimbursement decide(Person person, boolean insured, Entitlement... entitlements) {
        return EligibilityRules.decide(person, Optional.of(new SocialSituation(person.cassNumber(), null, null,
                List.of(entitlements), insured)), TODAY, PARAMETERS).fullReimbursement();
    }

    @ParameterizedTest(name = "{0} from {1} to {2}, born {3}, {4}, insured {5} -> {6}")
    @CsvSource(delimiter = '|', value = {
            // seed 003 §4.2, each of the seven cases, active today -> a right from its start
            "SOLIDARITY_PENSION_ELDERLY    | 2020-01-01 |            | 1950-01-01 | PENSIONER   | false | true",
            "SOLIDARITY_PENSION_DISABILITY | 2020-01-01 |            | 1980-01-01 | PENSIONER   | false | true",
            "INVALIDITY_GROUP_2            | 2020-01-01 |            | 1980-01-01 | PENSIONER   | false | true",
            "ORPHAN                        | 2020-01-01 |            | 2015-01-01 | NOT_WORKING | false | true",
            "INSUFFICIENT_RESOURCES        | 2020-01-01 | 2026-12-31 | 1980-01-01 | NOT_WORKING | false | true",
            "GOVERN_GUARDIANSHIP           | 2020-01-01 |            | 1980-01-01 | NOT_WORKING | false | true",
            "MINOR_WITH_DISABILITY         | 2020-01-01 |            | 2015-01-01 | NOT_WORKING | false | true",
            // seed 003 §4.2: a case ended yesterday or starting tomorrow gives no right; ending or starting today does
            "INSUFFICIENT_RESOURCES        | 2020-01-01 | 2026-03-14 | 1980-01-01 | NOT_WORKING | false | false",
            "INSUFFICIENT_RESOURCES        | 2020-01-01 | 2026-03-15 | 1980-01-01 | NOT_WORKING | false | true",
            "GOVERN_GUARDIANSHIP           | 2026-03-16 |            | 1980-01-01 | NOT_WORKING | false | false",
            "GOVERN_GUARDIANSHIP           | 2026-03-15 |            | 1980-01-01 | NOT_WORKING | false | true",
            // seed 003 §4.2 "INCOMPATIBLE AMB UNA ASSEGURANÇA COMPLEMENTÀRIA PRIVADA"
            "SOLIDARITY_PENSION_ELDERLY    | 2020-01-01 |            | 1950-01-01 | PENSIONER   | true  | false",
            // seed 003 §4.2 "Orfes fins als 18-25 anys", our reading: under 18, or under 25 as a student
            "ORPHAN                        | 2020-01-01 |            | 2008-06-01 | NOT_WORKING | false | true",
            "ORPHAN                        | 2020-01-01 |            | 2008-03-15 | EMPLOYED    | false | false",
            "ORPHAN                        | 2020-01-01 |            | 2008-01-01 | STUDENT     | false | true",
            "ORPHAN                        | 2020-01-01 |            | 2001-06-01 | STUDENT     | false | true",
            "ORPHAN                        | 2020-01-01 |            | 2001-03-15 | STUDENT     | false | false",
            // seed 003 §4.2 "Les persones menors d'edat ...": 17 yes, 18 no, student or not
            "MINOR_WITH_DISABILITY         | 2020-01-01 |            | 2008-06-01 | NOT_WORKING | false | true",
            "MINOR_WITH_DISABILITY         | 2020-01-01 |            | 2008-03-15 | NOT_WORKING | false | false",
            "MINOR_WITH_DISABILITY         | 2020-01-01 |            | 2008-03-15 | STUDENT     | false | false"})
    void oneCase(Kind kind, LocalDate since, LocalDate until, LocalDate birth, EmploymentStatus status, boolean insured,
                 boolean eligible) {
        FullReimbursement answer = decide(direct(SUBJECT, birth, status), insured, new Entitlement(kind, since, until));
        assertEquals(eligible, answer.eligible(), String.join("\n", answer.reasons()));
        assertEquals(eligible ? since : null, answer.since());
        assertEquals(eligible || insured ? List.of(kind) : List.of(), answer.cases());
    }

    @Test
    void severalCasesGiveTheirKindsInTheSeedsOrderFromTheEarliestStart() {
        // seed 003 §4.2, cases 5 and 1 active, case 6 over
        FullReimbursement answer = decide(born(LocalDate.of(1950, 1, 1)), false,
                new Entitlement(Kind.INSUFFICIENT_RESOURCES, LocalDate.of(2018, 5, 1), null),
                new Entitlement(Kind.GOVERN_GUARDIANSHIP, LocalDate.of(2010, 1, 1), LocalDate.of(2015, 1, 1)),
                new Entitlement(Kind.SOLIDARITY_PENSION_ELDERLY, LocalDate.of(2021, 2, 1), null));
        assertTrue(answer.eligible());
        assertEquals(List.of(Kind.SOLIDARITY_PENSION_ELDERLY, Kind.INSUFFICIENT_RESOURCES), answer.cases());
        assertEquals(LocalDate.of(2018, 5, 1), answer.since());
        assertEquals(List.of(
                "«Beneficiaris d'una pensió de solidaritat per a la gent gran», des de l'01/02/2021 sense data de fi: es compleix.",
                "«Persones amb recursos econòmics insuficients», des de l'01/05/2018 sense data de fi: es compleix.",
                "«Persones sota la tutela de Govern per resolució judicial», des de l'01/01/2010 fins a l'01/01/2015: "
                        + "ja no es compleix.",
                "Teniu dret al reemborsament fins al 100 % des de l'01/05/2018."), answer.reasons());
    }

    @Test
    void aPrivateInsuranceMakesItIncompatibleAndTheReasonsSaySo() {
        // seed 003 §4.2 "INCOMPATIBLE AMB UNA ASSEGURANÇA COMPLEMENTÀRIA PRIVADA"
        FullReimbursement answer = decide(born(LocalDate.of(1980, 1, 1)), true,
                new Entitlement(Kind.INVALIDITY_GROUP_2, LocalDate.of(2024, 2, 20), null));
        assertFalse(answer.eligible());
        assertEquals(List.of(
                "«Beneficiaris d'una pensió d'invalidesa derivada de malaltia comuna del Grup 2», des del 20/02/2024 sense "
                        + "data de fi: es compleix.",
                "Consta una assegurança complementària privada: el reemborsament fins al 100 % hi és incompatible.",
                "No teniu dret al reemborsament fins al 100 %: és incompatible amb una assegurança complementària privada."),
                answer.reasons());
    }

    @Test
    void theAgeLimitsAreExplained() {
        // seed 003 §4.2 "Orfes fins als 18-25 anys": 20 years old and working
        String orphan = String.join("\n", decide(direct(SUBJECT, LocalDate.of(2005, 7, 1), EmploymentStatus.EMPLOYED), false,
                new Entitlement(Kind.ORPHAN, LocalDate.of(2012, 4, 3), null)).reasons());
        assertTrue(orphan.contains("«Orfes fins als 18-25 anys», des del 03/04/2012 sense data de fi: ja no es compleix, "
                + "amb 20 anys i sense constar com a estudiant (el cas dura fins als 18 anys, o fins als 25 per a qui estudia)."),
                orphan);
        // seed 003 §4.2, case 7: 18 today
        String minor = String.join("\n", decide(direct(SUBJECT, LocalDate.of(2008, 3, 15), EmploymentStatus.STUDENT), false,
                new Entitlement(Kind.MINOR_WITH_DISABILITY, LocalDate.of(2012, 4, 3), null)).reasons());
        assertTrue(minor.contains("ja no es compleix, amb 18 anys (el cas dura fins als 18 anys)."), minor);
        assertTrue(minor.endsWith("No teniu dret al reemborsament fins al 100 %."), minor);
    }

    @Test
    void withoutARecordedSituationThereIsNoCase() {
        FullReimbursement answer = EligibilityRules.decide(born(LocalDate.of(1950, 1, 1)), Optional.empty(), TODAY,
                PARAMETERS).fullReimbursement();
        assertFalse(answer.eligible());
        assertEquals(List.of(), answer.cases());
        assertEquals(List.of("No consta cap dels casos que donen dret al reemborsament fins al 100 %.",
                "No teniu dret al reemborsament fins al 100 %."), answer.reasons());
    }

    @Test
    void theKindsAreTheSeedsSevenInOrderWithLowerKebabCodes() {
        assertEquals("solidarity-pension-elderly, solidarity-pension-disability, invalidity-group-2, orphan, "
                + "insufficient-resources, govern-guardianship, minor-with-disability", Coded.codes(Kind.class));
        assertEquals("Orfes fins als 18-25 anys", Kind.ORPHAN.label()); // seed 003 §4.2, 4
    }
}
