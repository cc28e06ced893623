package ad.cass.online.domain.dependants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seed 004, "Documentació a presentar ... segons el tipus de beneficiari": each category's documents, in the
 * seed's order and wording; the extra papers of each sub-case; the age limits; the renewals.
 */
class RequirementsCatalogueTest {

    static List<String> codes(List<RequiredDocument> documents) {
        return documents.stream().map(RequiredDocument::code).collect(Collectors.toList());
    }

    static List<String> split(String codes) {
        return codes == null ? List.of() : Arrays.asList(codes.trim().split("\\s+"));
    }

    @ParameterizedTest(name = "seed 004, {0}: {1} documents, with {2}")
    @CsvSource(delimiter = '|', value = {
            "SPOUSE_OR_PARTNER|4|marriage-or-partnership-certificate|antiguitat màxima d’un any"
                    + "|form-cass-0052 marriage-or-partnership-certificate immigration-permit passport-or-identity-document",
            "CHILD_UNDER_18|4|family-book-or-birth-certificate|Llibre de família o certificat de naixement."
                    + "|form-cass-0052 family-book-or-birth-certificate immigration-permit passport-or-identity-document",
            "CHILD_OF_SEPARATED_PARENTS|5|form-cass-52-dj|Formulari CASS-52-dj"
                    + "|form-cass-0052 form-cass-52-dj family-book-or-birth-certificate separation-court-order immigration-permit",
            "MINOR_IN_CARE|6|guardian-appointment-order|en el que s’anomena el tutor o curador."
                    + "|form-cass-0052 birth-certificate immigration-permit passport-or-identity-document"
                    + " comu-cohabitation-certificate guardian-appointment-order",
            "MINOR_UNDER_GUARDIANSHIP|5|guardianship-court-order|disposa el règim de tutela o atorga la guarda"
                    + "|form-cass-0052 guardianship-court-order comu-cohabitation-certificate family-book-or-birth-certificate"
                    + " passport-or-identity-document",
            "ADULT_CHILD_CARING_FOR_SIBLINGS|5|signed-cohabitation-declaration|Declaració signada de convivència"
                    + "|form-cass-0052 signed-cohabitation-declaration immigration-permit comu-cohabitation-certificate"
                    + " passport-or-identity-document",
            "GRANDCHILD|5|family-book-or-birth-certificate|certificat de naixement del net/a"
                    + "|form-cass-0052 immigration-permit family-book-or-birth-certificate comu-cohabitation-certificate"
                    + " passport-or-identity-document",
            "JUDICIALLY_INCAPACITATED|5|guardian-appointment-order|resolució de l’autoritat competent que nomena el tutor"
                    + "|form-cass-0052 immigration-permit family-book-or-birth-certificate guardian-appointment-order"
                    + " passport-or-identity-document",
            "STUDENT_18_TO_25|4|enrolment-certificate|document acreditatiu del curs escolar"
                    + "|form-cass-0052 enrolment-certificate immigration-permit passport-or-identity-document",
            "JOB_SEEKER_18_TO_25|4|employment-service-registration|Certificat de la inscripció al Servei d’ocupació."
                    + "|form-cass-0052 employment-service-registration immigration-permit passport-or-identity-document"})
    void eachCategoryHasTheSeedsDocuments(DependantCategory category, int count, String code, String wording, String all) {
        List<RequiredDocument> documents = RequirementsCatalogue.of(category).documents();
        assertEquals(count, documents.size(), () -> codes(documents).toString());
        RequiredDocument document = documents.stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
        assertTrue(document.text().contains(wording), document.text());
        assertEquals(split(all), codes(documents));
    }

    @ParameterizedTest(name = "seed 004, {0}: the immigration permit is {1}")
    @CsvSource({"SPOUSE_OR_PARTNER, IF_APPLICABLE", "CHILD_UNDER_18, IF_APPLICABLE", "MINOR_IN_CARE, IF_APPLICABLE",
            "CHILD_OF_SEPARATED_PARENTS, ALWAYS", "ADULT_CHILD_CARING_FOR_SIBLINGS, ALWAYS", "GRANDCHILD, ALWAYS",
            "JUDICIALLY_INCAPACITATED, ALWAYS", "STUDENT_18_TO_25, ALWAYS", "JOB_SEEKER_18_TO_25, ALWAYS"})
    void siEscauMarksTheImmigrationPermitWhereTheSeedSaysSo(DependantCategory category, Applicability applicability) {
        RequiredDocument permit = RequirementsCatalogue.of(category).documents().stream()
                .filter(d -> d.code().equals(RequirementsCatalogue.IMMIGRATION_PERMIT)).findFirst().orElseThrow();
        assertEquals(applicability, permit.applicability());
        assertEquals(applicability == Applicability.IF_APPLICABLE, permit.text().endsWith("si escau."), permit.text());
    }

    @Test
    void seed004AsksNoImmigrationPermitOfAMinorUnderGuardianshipAndNoOtherDocumentIsIfApplicable() {
        assertTrue(codes(RequirementsCatalogue.of(DependantCategory.MINOR_UNDER_GUARDIANSHIP).documents())
                .stream().noneMatch(RequirementsCatalogue.IMMIGRATION_PERMIT::equals));
        for (DependantCategory category : DependantCategory.values()) {
            RequirementsCatalogue.of(category).documents().stream()
                    .filter(d -> d.applicability() == Applicability.IF_APPLICABLE)
                    .forEach(d -> assertEquals(RequirementsCatalogue.IMMIGRATION_PERMIT, d.code()));
        }
    }

    @ParameterizedTest(name = "seed 004, {0}: every list opens with form CASS-0052 and repeats no document")
    @EnumSource(DependantCategory.class)
    void everyListOpensWithTheFormAndRepeatsNothing(DependantCategory category) {
        List<String> codes = codes(RequirementsCatalogue.of(category).documents());
        assertEquals(RequirementsCatalogue.FORM_0052, codes.get(0));
        assertEquals(codes.size(), Set.copyOf(codes).size(), codes::toString);
    }

    @ParameterizedTest(name = "seed 004, {0}: the five common conditions, in order")
    @EnumSource(DependantCategory.class)
    void everyCategoryCarriesTheFiveCommonConditions(DependantCategory category) {
        List<CommonCondition> conditions = RequirementsCatalogue.of(category).commonConditions();
        assertEquals(List.of("economicActivity", "ownsBusiness", "companyAdministrator", "pensionWithHealthCover", "legalResidence"),
                conditions.stream().map(CommonCondition::field).collect(Collectors.toList()));
        assertEquals("Residir de manera legal a Andorra.", conditions.get(4).seedText());
    }

    @ParameterizedTest(name = "seed 004, {0}: ages {1} to under {2}")
    @CsvSource({"SPOUSE_OR_PARTNER, 0, 2147483647", "CHILD_UNDER_18, 0, 18", "CHILD_OF_SEPARATED_PARENTS, 0, 18",
            "MINOR_IN_CARE, 0, 18", "MINOR_UNDER_GUARDIANSHIP, 0, 18", "ADULT_CHILD_CARING_FOR_SIBLINGS, 18, 2147483647",
            "GRANDCHILD, 0, 2147483647", "JUDICIALLY_INCAPACITATED, 0, 2147483647", "STUDENT_18_TO_25, 18, 25",
            "JOB_SEEKER_18_TO_25, 18, 25"})
    void ageLimits(DependantCategory category, int atLeast, int under) {
        assertEquals(new AgeLimits(atLeast, under), RequirementsCatalogue.of(category).ageLimits());
    }

    @ParameterizedTest(name = "seed 004, {0} + {1}: adds {2}")
    @CsvSource(delimiter = '|', value = {
            "CHILD_UNDER_18|ONLY_PARTNERS_CHILD|marriage-or-partnership-certificate comu-cohabitation-certificate",
            "STUDENT_18_TO_25|UNDER_GUARDIANSHIP_OF_NON_PARENT|guardian-appointment-order comu-cohabitation-certificate",
            "JOB_SEEKER_18_TO_25|UNDER_GUARDIANSHIP_OF_NON_PARENT|guardian-appointment-order comu-cohabitation-certificate"})
    void subCasesAddExactlyTheirDocuments(DependantCategory category, SubCase subCase, String added) {
        Requirements requirements = RequirementsCatalogue.of(category);
        assertEquals(Set.of(subCase), requirements.subCaseDocuments().keySet());
        assertEquals(split(added), codes(requirements.subCaseDocuments().get(subCase)));
        List<String> expected = new java.util.ArrayList<>(codes(requirements.documents()));
        expected.addAll(split(added));
        assertEquals(expected, codes(requirements.documentsFor(Set.of(subCase))));
        assertEquals(codes(requirements.documents()), codes(requirements.documentsFor(Set.of())));
    }

    @Test
    void seed004KeepsTheJobSeekersTypoInTheCohabitationCertificate() {
        List<RequiredDocument> extras = RequirementsCatalogue.of(DependantCategory.JOB_SEEKER_18_TO_25).subCaseDocuments()
                .get(SubCase.UNDER_GUARDIANSHIP_OF_NON_PARENT);
        assertEquals("Certifica de convivència del Comú.", extras.get(1).text());
    }

    @ParameterizedTest(name = "seed 004, {0}: no sub-case")
    @EnumSource(value = DependantCategory.class, names = {"CHILD_UNDER_18", "STUDENT_18_TO_25", "JOB_SEEKER_18_TO_25"},
            mode = EnumSource.Mode.EXCLUDE)
    void otherCategoriesNameNoSubCase(DependantCategory category) {
        Requirements requirements = RequirementsCatalogue.of(category);
        assertTrue(requirements.subCaseDocuments().isEmpty());
        assertEquals(requirements.documents(), requirements.documentsFor(EnumSet.allOf(SubCase.class)));
    }

    @ParameterizedTest(name = "seed 004, {0}: renewal {1} {2}")
    @CsvSource({"SPOUSE_OR_PARTNER,,", "CHILD_UNDER_18,,", "CHILD_OF_SEPARATED_PARENTS,,", "MINOR_IN_CARE,,",
            "MINOR_UNDER_GUARDIANSHIP,,", "ADULT_CHILD_CARING_FOR_SIBLINGS,,", "GRANDCHILD,,", "JUDICIALLY_INCAPACITATED,,",
            "STUDENT_18_TO_25, enrolment-certificate, EVERY_YEAR_FROM_SEPTEMBER",
            "JOB_SEEKER_18_TO_25, employment-service-registration, ON_EMPLOYMENT_REGISTRATION_RENEWAL"})
    void renewalsForStudentsAndJobSeekersOnly(DependantCategory category, String code, Renewal.When when) {
        List<Renewal> renewals = RequirementsCatalogue.of(category).renewals();
        if (code == null) {
            assertEquals(List.of(), renewals);
            return;
        }
        assertEquals(1, renewals.size());
        assertEquals(code, renewals.get(0).document().code());
        assertEquals(when, renewals.get(0).when());
    }

    @Test
    void seed004StudentsRenewEverySeptember() {
        Renewal renewal = RequirementsCatalogue.of(DependantCategory.STUDENT_18_TO_25).renewals().get(0);
        assertEquals("Certificat matrícula curs escolar.", renewal.document().text());
        assertEquals("cada any a partir del mes de setembre", renewal.when().catalan());
    }
}
