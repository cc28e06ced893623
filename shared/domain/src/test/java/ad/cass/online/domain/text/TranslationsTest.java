package ad.cass.online.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.settings.Language;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 17: the catalogue of the API's texts, and how a pattern becomes a sentence in the reader's language. */
class TranslationsTest {
    static final String TOO_LONG = "El camp «{0}» és massa llarg (màxim {1} caràcters).";
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of(Language.CA, TOO_LONG, new Object[] {"pin", 128}, "El camp «pin» és massa llarg (màxim 128 caràcters)."),
                Arguments.of(Language.ES, TOO_LONG, new Object[] {"pin", 128}, "El campo «pin» es demasiado largo (máximo 128 caracteres)."),
                Arguments.of(Language.FR, TOO_LONG, new Object[] {"pin", 128}, "Le champ « pin » est trop long (128 caractères au maximum)."),
                Arguments.of(Language.EN, TOO_LONG, new Object[] {"pin", 128}, "The field “pin” is too long (128 characters at most)."),
                // apostrophes stay as they are: no MessageFormat quoting
                Arguments.of(Language.FR, "Cal indicar l'assumpte.", new Object[] {}, "Veuillez indiquer l'objet."),
                Arguments.of(Language.CA, "Cal indicar l'assumpte.", new Object[] {}, "Cal indicar l'assumpte."),
                // a pattern the catalogue lacks is said in Catalan, in every language, its values in place
                Arguments.of(Language.EN, "Un text que ningú no ha traduït: {0}.", new Object[] {7}, "Un text que ningú no ha traduït: 7."),
                Arguments.of(Language.ES, "D'aquí a {0} dies.", new Object[] {3}, "D'aquí a 3 dies."),
                // a value that is itself a text of the catalogue is translated with its sentence
                Arguments.of(Language.EN, "Per a aquesta categoria, la persona ha de ser {0} en la data de la sol·licitud.",
                        new Object[] {Text.of("major de {0} i menor de {1} anys", 18, 25)},
                        "For this category, the person must be over 18 and under 25 years of age on the date of the application."),
                Arguments.of(Language.CA, "Per a aquesta categoria, la persona ha de ser {0} en la data de la sol·licitud.",
                        new Object[] {Text.of("menor de {0} anys", 18)},
                        "Per a aquesta categoria, la persona ha de ser menor de 18 anys en la data de la sol·licitud."),
                // placeholders without their value, and braces that are none, stay as written
                Arguments.of(Language.CA, "{0} i {1}", new Object[] {"a"}, "a i {1}"),
                Arguments.of(Language.CA, "{x} {} { {0", new Object[] {"a"}, "{x} {} { {0"),
                Arguments.of(Language.CA, "{1}{0}{1}", new Object[] {"a", "b"}, "bab"),
                Arguments.of(Language.CA, "{0}", new Object[] {null}, "null"));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("sentences")
    void aPatternBecomesASentenceInTheReadersLanguage(Language language, String pattern, Object[] args, String expected) {
        assertEquals(expected, Translations.of(language, pattern, args));
    }

    @Test
    void aValueIsNeverReadAsAPattern() {
        assertEquals("El camp «{1}» és massa llarg (màxim 3 caràcters).", Translations.of(Language.CA, TOO_LONG, "{1}", 3));
    }

    @Test
    void anExceptionKeepsItsPatternAndSaysItInCatalan() {
        InvalidInput e = new InvalidInput("pin", TOO_LONG, "pin", 128);
        assertEquals(TOO_LONG, e.pattern());
        assertEquals(List.of("pin", 128), e.args());
        assertEquals("El camp «pin» és massa llarg (màxim 128 caràcters).", e.getMessage());
        assertEquals("The field “pin” is too long (128 characters at most).", e.text().in(Language.EN));
        assertEquals("Cal indicar el PIN.", new InvalidInput("pin", "Cal indicar el PIN.").getMessage(), "no values, no change");
    }

    @Test
    void everyLineHasFourNonEmptyColumnsWithTheSamePlaceholders() {
        Map<String, List<String>> lines = Translations.lines();
        assertTrue(lines.size() > 60, "loaded " + lines.size());
        for (List<String> line : lines.values()) {
            assertEquals(4, line.size(), line.toString());
            Set<String> catalan = placeholders(line.get(0));
            for (String column : line) {
                assertFalse(column.isBlank(), line.toString());
                assertEquals(column.strip(), column, "no space around: " + column);
                assertEquals(catalan, placeholders(column), "same placeholders: " + line);
            }
        }
    }

    @Test
    void noTwoLinesTranslateTheSameWayInOneLanguageUnlessTheCatalanIsTheSameToo() {
        for (Language language : Translations.COLUMNS) {
            Set<String> seen = new TreeSet<>();
            for (List<String> line : Translations.lines().values()) {
                assertTrue(seen.add(line.get(Translations.COLUMNS.indexOf(language))), language + ": twice " + line);
            }
        }
    }

    @Test
    void aBrokenCatalogueIsRefusedWhenRead() {
        assertThrows(IllegalStateException.class, () -> Translations.parse(List.of("a\tb\tc")));
        assertThrows(IllegalStateException.class, () -> Translations.parse(List.of("a\tb\tc\td\te")));
        assertThrows(IllegalStateException.class, () -> Translations.parse(List.of("a\tb\tc\td", "a\tx\ty\tz")));
        assertEquals(Map.of("a", List.of("a", "b", "c", "d")), Translations.parse(List.of("# comment", "", "a\tb\tc\td")));
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        PLACEHOLDER.matcher(text).results().forEach(m -> found.add(m.group()));
        return found;
    }
}
