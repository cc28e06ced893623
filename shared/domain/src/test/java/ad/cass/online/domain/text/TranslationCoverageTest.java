package ad.cass.online.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.dependants.CommonCondition;
import ad.cass.online.domain.dependants.SubCase;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 17: no title or detail the API can answer lacks its Spanish, French and English. The main sources of
 * every module are read for the Catalan texts that reach a problem ({@link JavaTexts}); each must have a full
 * line in texts.tsv. A new message fails here until it is translated.
 */
class TranslationCoverageTest {
    static JavaTexts found;

    @BeforeAll
    static void scan() {
        found = new JavaTexts(JavaTexts.root());
    }

    @Test
    void theScanFindsTheTextsItIsMeantTo() {
        Set<String> texts = new TreeSet<>(found.texts.stream().map(JavaTexts.Found::text).toList());
        // one of each way in: an exception's literal, a constant, a super() call, a Problem, a title, Text.of
        for (String sample : List.of("Cal indicar el PIN.", "No teniu accés a aquest declarant.",
                "Les credencials no són vàlides o la sessió ha caducat.", "Aquesta adreça no existeix.",
                "Petició no vàlida", "Capçaleres massa grans", "major de {0} anys",
                "El camp «{0}» és massa llarg (màxim {1} caràcters).")) {
            assertTrue(texts.contains(sample), "the scan misses " + sample);
        }
        assertTrue(texts.size() > 60, "found " + texts.size());
    }

    @Test
    void everyTextThatReachesAProblemIsTranslated() {
        Set<String> missing = new TreeSet<>();
        for (JavaTexts.Found text : found.texts) {
            List<String> line = Translations.lines().get(text.text());
            if (line == null || line.stream().anyMatch(String::isBlank)) {
                missing.add(text.where() + ": " + text.text());
            }
        }
        assertEquals(Set.of(), missing, "add a line to texts.tsv (ca, es, fr, en, tab-separated) for each");
    }

    @Test
    void noTextIsBuiltByConcatenation() {
        assertEquals(List.of(), found.concatenated.stream().map(f -> f.where() + ": " + f.text()).toList(),
                "write a pattern with {0}, {1} and pass the values as arguments: a concatenated text matches no line");
    }

    /** What reaches a problem through an enum rather than a literal the scan can see. */
    static Stream<String> phrasesOfEnums() {
        return Stream.concat(Stream.of(CommonCondition.values()).map(CommonCondition::refusal),
                Stream.of(SubCase.values()).map(SubCase::catalanName));
    }

    @ParameterizedTest
    @MethodSource("phrasesOfEnums")
    void thePhrasesOfEnumsAreTranslated(String phrase) {
        assertTrue(Translations.has(phrase), phrase);
    }

    @Test
    void theCatalogueHoldsOnlyWhatTheCodeSays() {
        Set<String> said = new TreeSet<>(found.texts.stream().map(JavaTexts.Found::text).toList());
        phrasesOfEnums().forEach(said::add);
        Set<String> unused = new TreeSet<>(Translations.lines().keySet());
        unused.removeAll(said);
        assertEquals(Set.of(), unused, "lines of texts.tsv no code says any more");
    }

    @Test
    void theScanReadsArgumentsLiteralsAndComments() {
        assertEquals(List.of("a", "b", "c"), JavaTexts.arguments("new X(a, b, c)", 6));
        assertEquals(List.of("f(a, b)", "\"x, (y\""), JavaTexts.arguments("f(f(a, b), \"x, (y\")", 2));
        assertEquals("L'a «b»\n", JavaTexts.unescape("L'a \\u00abb\\u00bb\\n"));
        assertEquals("\"// kept\" ", JavaTexts.withoutComments("\"// kept\" // gone"));
    }
}
