package ad.cass.online.domain.dependants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.error.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seed 004: the ten categories of indirect insured person, in the seed's order, each with its API code (which
 * must not change) and the seed's Catalan heading; an unknown code is a 400 naming {@code category}.
 */
class DependantCategoryTest {

    @ParameterizedTest(name = "seed 004 #{0}: {1} <-> {2}")
    @CsvSource(delimiter = '|', value = {
            "0|spouse-or-partner|SPOUSE_OR_PARTNER|Ser cònjuge o estar inscrit",
            "1|child-under-18|CHILD_UNDER_18|Fill menor de 18 anys",
            "2|child-of-separated-parents|CHILD_OF_SEPARATED_PARENTS|En el cas de separació, divorci",
            "3|minor-in-care|MINOR_IN_CARE|Persones menors de 18 anys a càrrec",
            "4|minor-under-guardianship|MINOR_UNDER_GUARDIANSHIP|Menors de 18 anys, tutelats per decisió judicial",
            "5|adult-child-caring-for-siblings|ADULT_CHILD_CARING_FOR_SIBLINGS|Fill d’una persona assegurada directa, major de 18",
            "6|grandchild|GRANDCHILD|Nets d’una persona assegurada directa",
            "7|judicially-incapacitated|JUDICIALLY_INCAPACITATED|Persones incapacitades judicialment",
            "8|student-18-to-25|STUDENT_18_TO_25|Majors de 18 i menors de 25 anys, que cursin estudis",
            "9|job-seeker-18-to-25|JOB_SEEKER_18_TO_25|Persones majors de 18 i menors de 25 anys, inscrites al servei"})
    void eachCodeNamesItsCategoryInSeedOrder(int position, String code, DependantCategory category, String heading) {
        assertEquals(category, DependantCategory.fromCode(code));
        assertEquals(code, category.code());
        assertEquals(position, category.ordinal());
        assertTrue(category.catalanName().startsWith(heading), category.catalanName());
        assertFalse(category.catalanName().endsWith(":"), "the heading's colon is not part of the name");
    }

    @ParameterizedTest(name = "seed 004: category code \"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"SPOUSE_OR_PARTNER", "Spouse-or-partner", "spouse_or_partner", " spouse-or-partner", "child-under-19",
            "<script>"})
    void anUnknownCodeIsRefusedNamingTheCategoryField(String code) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> DependantCategory.fromCode(code));
        assertEquals("category", e.field());
        assertTrue(e.getMessage().startsWith("La categoria d'assegurat indirecte no és vàlida."), e.getMessage());
        assertTrue(e.getMessage().contains("student-18-to-25"), "the message lists the public codes");
    }

    @ParameterizedTest(name = "seed 004: the refusal of \"{0}\" does not echo it")
    @ValueSource(strings = {"child-under-19", "<script>", "SPOUSE_OR_PARTNER"})
    void theRefusalNeverEchoesTheInput(String code) {
        assertFalse(assertThrows(InvalidInput.class, () -> DependantCategory.fromCode(code)).getMessage().contains(code));
    }

    @ParameterizedTest(name = "seed 004: sub-case code \"{0}\"")
    @CsvSource({"only-partners-child, ONLY_PARTNERS_CHILD", "under-guardianship-of-non-parent, UNDER_GUARDIANSHIP_OF_NON_PARENT"})
    void subCaseCodesRoundTrip(String code, SubCase subCase) {
        assertEquals(subCase, SubCase.fromCode(code));
    }

    @ParameterizedTest(name = "seed 004: sub-case code \"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"ONLY_PARTNERS_CHILD", "guardianship"})
    void anUnknownSubCaseIsRefusedNamingItsField(String code) {
        assertEquals("subCases", assertThrows(InvalidInput.class, () -> SubCase.fromCode(code)).field());
    }
}
