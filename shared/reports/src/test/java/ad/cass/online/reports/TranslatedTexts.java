package ad.cass.online.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.settings.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the test of every text table (the extracts', the letters') checks the same way, so that a third table gets
 * the same checks by calling these.
 */
public final class TranslatedTexts {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+}");

    private TranslatedTexts() {
    }

    /**
     * The file as a translator edits it, read without TextTable's parser: a header of the four languages, every key
     * once with a text in each, and exactly the keys the loaded table holds.
     */
    public static void fileHoldsEveryKeyInEveryLanguage(Class<?> anchor, String resource, Map<String, Map<Language, String>> loaded) {
        List<String[]> rows = rows(anchor, resource);
        assertEquals(List.of("key", "ca", "es", "fr", "en"), List.of(rows.get(0)));
        Set<String> keys = new HashSet<>();
        for (String[] row : rows.subList(1, rows.size())) {
            assertEquals(5, row.length, row[0]);
            assertTrue(keys.add(row[0]), row[0] + " twice");
            for (int i = 1; i < 5; i++) {
                assertFalse(row[i].isBlank(), row[0] + " in " + rows.get(0)[i]);
            }
        }
        assertEquals(keys, loaded.keySet());
        loaded.forEach((key, texts) -> assertEquals(Set.of(Language.values()), texts.keySet(), key));
    }

    /** A translation that drops or renames a placeholder would print the brace or lose the value. */
    public static void translationsNameTheSamePlaceholders(Map<String, Map<Language, String>> loaded) {
        loaded.forEach((key, texts) -> {
            Set<String> catalan = placeholders(texts.get(Language.CA));
            for (Language language : Language.values()) {
                assertEquals(catalan, placeholders(texts.get(language)), key + " in " + language);
            }
        });
    }

    /** Helvetica in WinAnsi drops what Cp1252 lacks: every text must be printable as written. */
    public static void everyTextPrintsInThePdfsFont(Map<String, Map<Language, String>> loaded) {
        CharsetEncoder cp1252 = Charset.forName("windows-1252").newEncoder();
        loaded.forEach((key, texts) -> texts.forEach((language, text) ->
                assertTrue(cp1252.canEncode(PdfLook.winAnsi(text)), key + " in " + language + ": " + text)));
    }

    /** The keys the code builds from enums are all there: a new value without its words fails, naming what is missing. */
    public static void holdsTheKeys(Collection<String> wanted, Map<String, Map<Language, String>> loaded) {
        assertTrue(loaded.keySet().containsAll(wanted), () -> {
            List<String> missing = new ArrayList<>(wanted);
            missing.removeAll(loaded.keySet());
            return "missing: " + missing;
        });
    }

    private static List<String[]> rows(Class<?> anchor, String resource) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(anchor.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> rows.add(line.split("\t", -1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
