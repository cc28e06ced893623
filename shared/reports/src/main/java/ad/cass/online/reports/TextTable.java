package ad.cass.online.reports;

import ad.cass.online.domain.settings.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed words of a family of documents (the letters', the extracts'), from a tab-separated file beside the class
 * that uses them: a first line {@code key ca es fr en}, then a key and its four texts a line, so that a translator sees
 * them side by side; blank lines and lines starting with {@code #} are notes. A key without its four texts, or twice,
 * fails the loading, so a document is never written half translated. {@code {name}} placeholders are filled by
 * {@link #fill}.
 */
public final class TextTable {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final String resource;
    private final Map<String, Map<Language, String>> texts;

    private TextTable(String resource, Map<String, Map<Language, String>> texts) {
        this.resource = resource;
        this.texts = texts;
    }

    /** The table in {@code resource}, found as {@code anchor}'s resources are (a bare name: beside its class). */
    public static TextTable load(Class<?> anchor, String resource) {
        InputStream in = anchor.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the texts are missing: " + resource + " beside " + anchor.getName());
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new TextTable(resource, parse(resource, reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of {@code key} in {@code language} as it is, placeholders and all. */
    public String get(String key, Language language) {
        Map<Language, String> byLanguage = texts.get(key);
        if (byLanguage == null) {
            throw new IllegalArgumentException(resource + " has no text " + key);
        }
        return byLanguage.get(language);
    }

    /** The text of {@code key} with its placeholders replaced by {@code values}; every placeholder must have one. */
    public String fill(String key, Language language, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(get(key, language));
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException(resource + ": " + key + " needs {" + matcher.group(1) + "}");
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    /** Every key with its four texts, in the file's order: for the tests that nothing is missing. */
    public Map<String, Map<Language, String>> all() {
        return texts;
    }

    private static Map<String, Map<Language, String>> parse(String resource, BufferedReader reader) throws IOException {
        Map<String, Map<Language, String>> texts = new LinkedHashMap<>();
        List<Language> columns = null;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (columns == null) {
                columns = header(resource, cells);
                continue;
            }
            if (cells.length != columns.size() + 1 || Arrays.stream(cells).anyMatch(String::isBlank)) {
                throw new IllegalStateException(resource + ": " + cells[0] + " has not one text per language");
            }
            Map<Language, String> byLanguage = new EnumMap<>(Language.class);
            for (int i = 0; i < columns.size(); i++) {
                byLanguage.put(columns.get(i), cells[i + 1].strip());
            }
            if (texts.put(cells[0], Collections.unmodifiableMap(byLanguage)) != null) {
                throw new IllegalStateException(resource + ": " + cells[0] + " twice");
            }
        }
        if (columns == null) {
            throw new IllegalStateException(resource + " is empty");
        }
        return Collections.unmodifiableMap(texts);
    }

    /** "key ca es fr en": every language of the portal once. */
    private static List<Language> header(String resource, String[] cells) {
        List<Language> columns = Arrays.stream(cells).skip(1).map(Language::fromCode).toList();
        if (!"key".equals(cells[0]) || columns.size() != Language.values().length
                || columns.stream().distinct().count() != columns.size()) {
            throw new IllegalStateException(resource + ": the first line is key, then each language's code once");
        }
        return columns;
    }
}
