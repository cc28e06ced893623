package ad.cass.online.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ad.cass.online.domain.settings.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The loader both text tables go through: the four languages of a key, its placeholders, a broken file refused. */
class TextTableTest {
    @Test
    void aKeyInEachLanguageWithItsPlaceholdersFilled() {
        TextTable table = TextTable.load(TextTableTest.class, "texts-good.tsv");
        assertEquals(List.of("greeting"), List.copyOf(table.all().keySet()), "notes and blank lines are not keys");
        assertEquals("Bonjour, {name}", table.get("greeting", Language.FR));
        assertEquals("Hello, Anna", table.fill("greeting", Language.EN, Map.of("name", "Anna")));
        assertThrows(IllegalArgumentException.class, () -> table.fill("greeting", Language.CA, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> table.get("farewell", Language.CA));
    }

    /** A document is never written half translated: a file with a hole in it does not load. */
    @ParameterizedTest
    @ValueSource(strings = {"texts-short.tsv", "texts-twice.tsv", "texts-blank.tsv", "texts-missing.tsv"})
    void aBrokenTableDoesNotLoad(String resource) {
        assertThrows(IllegalStateException.class, () -> TextTable.load(TextTableTest.class, resource));
    }

    @Test
    void aHeaderWithoutEveryLanguageDoesNotLoad() {
        assertThrows(RuntimeException.class, () -> TextTable.load(TextTableTest.class, "texts-header.tsv"));
    }
}
