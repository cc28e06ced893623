package ad.cass.online.domain.dependants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.error.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seed 004: registering a dependant is refused, naming the field, when a common condition is not met or the age
 * on the request date (Europe/Andorra) is outside the category's limits; otherwise the answer is the checklist of
 * the category's documents plus those of the sub-cases that apply.
 */
class RegistrationRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    /** A birth date that every category admits on TODAY: 20 years old, except where the seed wants a minor. */
    static LocalDate admittedBirthDate(DependantCategory category) {
        return RequirementsCatalogue.of(category).ageLimits().admits(20) ? TODAY.minusYears(20) : TODAY.minusYears(10);
    }

    static DependantRegistration registration(DependantCategory category, Set<SubCase> subCases, Declarations declarations) {
        return new DependantRegistration(category, admittedBirthDate(category), TODAY, subCases, declarations);
    }

    static List<String> codes(Checklist checklist) {
        return checklist.documents().stream().map(RequiredDocument::code).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "seed 004, {0} born {1}, asking on {2}: admitted {3}")
    @CsvSource({
            // the 18th birthday ends the minors' categories
            "CHILD_UNDER_18, 2008-06-15, 2026-06-14, true", "CHILD_UNDER_18, 2008-06-15, 2026-06-15, false",
            "CHILD_OF_SEPARATED_PARENTS, 2008-06-15, 2026-06-14, true", "CHILD_OF_SEPARATED_PARENTS, 2008-06-15, 2026-06-15, false",
            "MINOR_IN_CARE, 2008-06-15, 2026-06-14, true", "MINOR_IN_CARE, 2008-06-15, 2026-06-15, false",
            "MINOR_UNDER_GUARDIANSHIP, 2008-06-15, 2026-06-14, true", "MINOR_UNDER_GUARDIANSHIP, 2008-06-15, 2026-06-15, false",
            "CHILD_UNDER_18, 2026-06-15, 2026-06-15, true",
            // and opens the adult ones; the 25th closes students and job-seekers
            "ADULT_CHILD_CARING_FOR_SIBLINGS, 2008-06-15, 2026-06-14, false",
            "ADULT_CHILD_CARING_FOR_SIBLINGS, 2008-06-15, 2026-06-15, true",
            "ADULT_CHILD_CARING_FOR_SIBLINGS, 1960-01-01, 2026-06-15, true",
            "STUDENT_18_TO_25, 2008-06-15, 2026-06-14, false", "STUDENT_18_TO_25, 2008-06-15, 2026-06-15, true",
            "STUDENT_18_TO_25, 2001-06-15, 2026-06-14, true", "STUDENT_18_TO_25, 2001-06-15, 2026-06-15, false",
            "JOB_SEEKER_18_TO_25, 2008-06-15, 2026-06-14, false", "JOB_SEEKER_18_TO_25, 2008-06-15, 2026-06-15, true",
            "JOB_SEEKER_18_TO_25, 2001-06-15, 2026-06-14, true", "JOB_SEEKER_18_TO_25, 2001-06-15, 2026-06-15, false",
            // born on 29 February: in a common year the birthday is 1 March, 28 February still the day before
            "CHILD_UNDER_18, 2008-02-29, 2026-02-28, true", "CHILD_UNDER_18, 2008-02-29, 2026-03-01, false",
            "STUDENT_18_TO_25, 2008-02-29, 2026-02-28, false", "STUDENT_18_TO_25, 2008-02-29, 2026-03-01, true",
            "JOB_SEEKER_18_TO_25, 2004-02-29, 2029-02-28, true", "JOB_SEEKER_18_TO_25, 2004-02-29, 2029-03-01, false",
            // no limit where the seed gives none
            "SPOUSE_OR_PARTNER, 2026-06-01, 2026-06-15, true", "SPOUSE_OR_PARTNER, 1930-06-15, 2026-06-15, true",
            "GRANDCHILD, 1990-06-15, 2026-06-15, true", "JUDICIALLY_INCAPACITATED, 1940-06-15, 2026-06-15, true"})
    void ageLimitsAtTheBoundaries(DependantCategory category, LocalDate birthDate, LocalDate requestDate, boolean admitted) {
        DependantRegistration registration =
                new DependantRegistration(category, birthDate, requestDate, Set.of(), Declarations.eligible());
        if (admitted) {
            assertEquals(RequirementsCatalogue.of(category).documents(), RegistrationRules.check(registration).documents());
        } else {
            InvalidInput e = assertThrows(InvalidInput.class, () -> RegistrationRules.check(registration));
            assertEquals("birthDate", e.field());
            assertTrue(e.getMessage().startsWith("Per a aquesta categoria, la persona ha de ser "), e.getMessage());
        }
    }

    @ParameterizedTest(name = "born {0}, on {1}: {2} years")
    @CsvSource({"2008-02-29, 2026-02-28, 17", "2008-02-29, 2026-03-01, 18", "2008-02-29, 2024-02-28, 15",
            "2008-02-29, 2024-02-29, 16", "2008-03-01, 2026-02-28, 17", "2008-02-28, 2026-02-28, 18",
            "2001-12-31, 2026-12-30, 24", "2001-12-31, 2026-12-31, 25", "2026-06-15, 2026-06-15, 0"})
    void ageInWholeYears(LocalDate birthDate, LocalDate day, int age) {
        assertEquals(age, AgeLimits.ageOn(birthDate, day));
    }

    @ParameterizedTest(name = "seed 004: the age rule reads \"{2}\"")
    @CsvSource({"0, 18, menor de 18 anys", "18, 2147483647, major de 18 anys", "18, 25, major de 18 i menor de 25 anys"})
    void theRefusalStatesTheRule(int atLeast, int under, String rule) {
        assertEquals(rule, new AgeLimits(atLeast, under).rule().toString());
    }

    @Test
    void seed004StudentRefusalSaysBetween18And25() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> RegistrationRules.check(new DependantRegistration(
                DependantCategory.STUDENT_18_TO_25, LocalDate.of(2001, 6, 15), TODAY, Set.of(), Declarations.eligible())));
        assertEquals("Per a aquesta categoria, la persona ha de ser major de 18 i menor de 25 anys en la data de la sol·licitud.",
                e.getMessage());
    }

    @Test
    void aBirthDateAfterTheRequestIsRefused() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> RegistrationRules.check(new DependantRegistration(
                DependantCategory.SPOUSE_OR_PARTNER, TODAY.plusDays(1), TODAY, Set.of(), Declarations.eligible())));
        assertEquals("birthDate", e.field());
        assertEquals("La data de naixement no pot ser posterior a la data de la sol·licitud.", e.getMessage());
    }

    @ParameterizedTest(name = "seed 004: refused on {0}")
    @CsvSource({
            "economicActivity,       true,  false, false, false, true",
            "ownsBusiness,           false, true,  false, false, true",
            "companyAdministrator,   false, false, true,  false, true",
            "pensionWithHealthCover, false, false, false, true,  true",
            "legalResidence,         false, false, false, false, false",
            // several unmet: the first in the seed's order is named
            "economicActivity,       true,  true,  true,  true,  false",
            "companyAdministrator,   false, false, true,  true,  false"})
    void eachCommonConditionIsRefusedWithItsField(String field, boolean economicActivity, boolean ownsBusiness,
            boolean companyAdministrator, boolean pensionWithHealthCover, boolean legalResidence) {
        Declarations declarations = new Declarations(economicActivity, ownsBusiness, companyAdministrator,
                pensionWithHealthCover, legalResidence);
        CommonCondition condition = List.of(CommonCondition.values()).stream()
                .filter(c -> c.field().equals(field)).findFirst().orElseThrow();
        for (DependantCategory category : DependantCategory.values()) {
            InvalidInput e = assertThrows(InvalidInput.class,
                    () -> RegistrationRules.check(registration(category, Set.of(), declarations)), category::name);
            assertEquals(field, e.field(), category.name());
            assertEquals(condition.refusal(), e.getMessage());
        }
    }

    @Test
    void aCommonConditionIsCheckedBeforeTheAge() {
        Declarations noResidence = new Declarations(false, false, false, false, false);
        InvalidInput e = assertThrows(InvalidInput.class, () -> RegistrationRules.check(new DependantRegistration(
                DependantCategory.CHILD_UNDER_18, LocalDate.of(1990, 1, 1), TODAY, Set.of(), noResidence)));
        assertEquals("legalResidence", e.field());
    }

    @ParameterizedTest(name = "seed 004, {0}: the checklist is the category's list and its renewals")
    @EnumSource(DependantCategory.class)
    void anAdmissibleRegistrationAnswersTheChecklist(DependantCategory category) {
        Checklist checklist = RegistrationRules.check(registration(category, Set.of(), Declarations.eligible()));
        Requirements requirements = RequirementsCatalogue.of(category);
        assertEquals(category, checklist.category());
        assertEquals(requirements.documents(), checklist.documents());
        assertEquals(requirements.renewals(), checklist.renewals());
    }

    @ParameterizedTest(name = "seed 004, {0} + {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "CHILD_UNDER_18|ONLY_PARTNERS_CHILD|form-cass-0052 family-book-or-birth-certificate immigration-permit"
                    + " passport-or-identity-document marriage-or-partnership-certificate comu-cohabitation-certificate",
            "STUDENT_18_TO_25|UNDER_GUARDIANSHIP_OF_NON_PARENT|form-cass-0052 enrolment-certificate immigration-permit"
                    + " passport-or-identity-document guardian-appointment-order comu-cohabitation-certificate",
            "JOB_SEEKER_18_TO_25|UNDER_GUARDIANSHIP_OF_NON_PARENT|form-cass-0052 employment-service-registration"
                    + " immigration-permit passport-or-identity-document guardian-appointment-order comu-cohabitation-certificate"})
    void aSubCaseAddsItsDocumentsAfterTheCategorys(DependantCategory category, SubCase subCase, String expected) {
        Checklist checklist = RegistrationRules.check(registration(category, Set.of(subCase), Declarations.eligible()));
        assertEquals(List.of(expected.split(" ")), codes(checklist));
        assertEquals(RequirementsCatalogue.of(category).documents().size() + 2, checklist.documents().size());
    }

    @ParameterizedTest(name = "seed 004: {1} does not apply to {0}")
    @CsvSource({"SPOUSE_OR_PARTNER, ONLY_PARTNERS_CHILD", "STUDENT_18_TO_25, ONLY_PARTNERS_CHILD",
            "CHILD_UNDER_18, UNDER_GUARDIANSHIP_OF_NON_PARENT", "MINOR_UNDER_GUARDIANSHIP, UNDER_GUARDIANSHIP_OF_NON_PARENT",
            "GRANDCHILD, UNDER_GUARDIANSHIP_OF_NON_PARENT"})
    void aSubCaseTheCategoryLacksIsRefused(DependantCategory category, SubCase subCase) {
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> RegistrationRules.check(registration(category, Set.of(subCase), Declarations.eligible())));
        assertEquals("subCases", e.field());
        assertTrue(e.getMessage().contains(subCase.catalanName()), e.getMessage());
    }

    @Test
    void aMissingCategoryOrBirthDateIsRefusedNamingTheField() {
        assertEquals("category", assertThrows(InvalidInput.class, () -> new DependantRegistration(
                null, TODAY, TODAY, Set.of(), Declarations.eligible())).field());
        assertEquals("birthDate", assertThrows(InvalidInput.class, () -> new DependantRegistration(
                DependantCategory.SPOUSE_OR_PARTNER, null, TODAY, null, Declarations.eligible())).field());
    }

    @ParameterizedTest(name = "submitted {0}: request date {1} in Andorra")
    @CsvSource({"2026-02-28T22:59:59Z, 2026-02-28", "2026-02-28T23:00:00Z, 2026-03-01", "2026-07-31T21:59:59Z, 2026-07-31",
            "2026-07-31T22:00:00Z, 2026-08-01"})
    void theRequestDateIsAndorras(Instant submittedAt, LocalDate requestDate) {
        assertEquals(requestDate, DependantRegistration.requestDateOf(submittedAt));
    }

    @Test
    void aRequestSentLateOnTheEveOfThe18thBirthdayIsAlreadyTooLateInAndorra() {
        LocalDate requestDate = DependantRegistration.requestDateOf(Instant.parse("2026-06-14T22:30:00Z"));
        InvalidInput e = assertThrows(InvalidInput.class, () -> RegistrationRules.check(new DependantRegistration(
                DependantCategory.CHILD_UNDER_18, LocalDate.of(2008, 6, 15), requestDate, Set.of(), Declarations.eligible())));
        assertEquals("birthDate", e.field());
    }
}
