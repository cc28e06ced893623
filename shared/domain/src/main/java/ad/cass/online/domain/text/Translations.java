package ad.cass.online.domain.text;

import ad.cass.online.domain.settings.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's own texts in the person's language (issue 17). Catalan is the source: each line of {@code texts.tsv}
 * beside this class is one Catalan pattern and its Spanish, French and English versions, tab-separated, with the
 * same {@code {n}} placeholders. A pattern the catalogue lacks is answered in Catalan rather than not at all;
 * {@code TranslationCoverageTest} keeps that from happening to any text the code can answer.
 */
public final class Translations {
    /** The columns of texts.tsv, in order. */
    static final List<Language> COLUMNS = List.of(Language.CA, Language.ES, Language.FR, Language.EN);
    static final String RESOURCE = "texts.tsv";

    private Translations() {
    }

    /** Loaded on the first text asked for in another language: a Catalan answer never pays for it. */
    private static final class Catalogue {
        static final Map<String, List<String>> LINES = load();
    }

    /** {@code caPattern} in {@code language}, each {@code {n}} replaced by argument n (a {@link Text} translated too). */
    public static String of(Language language, String caPattern, Object... args) {
        String pattern = caPattern;
        if (language != Language.CA) {
            List<String> line = Catalogue.LINES.get(caPattern);
            pattern = line == null ? caPattern : line.get(COLUMNS.indexOf(language));
        }
        return fill(pattern, args, language);
    }

    /** Whether the catalogue has a line for this Catalan pattern. */
    public static boolean has(String caPattern) {
        return Catalogue.LINES.containsKey(caPattern);
    }

    /** Every line, keyed by its Catalan pattern: for the tests that hold the catalogue to the code. */
    static Map<String, List<String>> lines() {
        return Catalogue.LINES;
    }

    /**
     * Plain {@code {n}} replacement. Not java.text.MessageFormat: its quoting rules would swallow the apostrophes
     * every other Catalan or French sentence has ("d'aquí", "l'adresse"). A placeholder without its argument stays.
     */
    static String fill(String pattern, Object[] args, Language language) {
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        int i = 0;
        while (i < pattern.length()) {
            int close = pattern.charAt(i) == '{' ? pattern.indexOf('}', i) : -1;
            int index = close > i + 1 && close - i <= 3 ? index(pattern.substring(i + 1, close)) : -1;
            if (index >= 0 && index < args.length) {
                Object arg = args[index];
                out.append(arg instanceof Text text ? text.in(language) : String.valueOf(arg));
                i = close + 1;
            } else {
                out.append(pattern.charAt(i++));
            }
        }
        return out.toString();
    }

    private static int index(String digits) {
        return digits.chars().allMatch(c -> c >= '0' && c <= '9') ? Integer.parseInt(digits) : -1;
    }

    static Map<String, List<String>> load() {
        try (InputStream in = Translations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Blank lines and lines starting with {@code #} are comments; every other line has exactly four columns. */
    static Map<String, List<String>> parse(List<String> fileLines) {
        Map<String, List<String>> lines = new HashMap<>();
        for (int n = 0; n < fileLines.size(); n++) {
            String line = fileLines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> columns = List.of(line.split("\t", -1));
            if (columns.size() != COLUMNS.size()) {
                throw new IllegalStateException(RESOURCE + " line " + (n + 1) + ": " + columns.size() + " columns, not 4");
            }
            if (lines.put(columns.get(0), columns) != null) {
                throw new IllegalStateException(RESOURCE + " line " + (n + 1) + ": the same Catalan pattern twice");
            }
        }
        return Map.copyOf(lines);
    }
}
