package ad.cass.online.reports.extracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.benefits.SickLeave;
import ad.cass.online.domain.contributions.ExtractPeriod;
import ad.cass.online.domain.contributions.Scheme;
import ad.cass.online.domain.extracts.ExtractType;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.reports.PdfLook;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The extracts' words (issue 20): all four languages for every key, each one the code asks for, each printable. */
class ExtractTextsTest {
    /** The file as a translator edits it, read without the class's own parser. */
    private static List<String[]> rows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ExtractTexts.class.getResourceAsStream(ExtractTexts.RESOURCE), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> rows.add(line.split("\t", -1)));
        }
        return rows;
    }

    @Test
    void everyKeyHasItsTextInCatalanSpanishFrenchAndEnglish() throws IOException {
        List<String[]> rows = rows();
        assertEquals(List.of("key", "ca", "es", "fr", "en"), List.of(rows.get(0)));
        Set<String> keys = new HashSet<>();
        for (String[] row : rows.subList(1, rows.size())) {
            assertEquals(5, row.length, row[0]);
            assertTrue(keys.add(row[0]), row[0] + " twice");
            for (int i = 1; i < 5; i++) {
                assertFalse(row[i].isBlank(), row[0] + " in " + rows.get(0)[i]);
            }
        }
        assertEquals(keys, ExtractTexts.all().keySet());
        ExtractTexts.all().forEach((key, texts) -> assertEquals(Set.of(Language.values()), texts.keySet(), key));
    }

    @Test
    void theTranslationsNameTheSamePlaceholders() {
        Pattern placeholder = Pattern.compile("\\{[A-Za-z]+}");
        ExtractTexts.all().forEach((key, texts) -> {
            Set<String> catalan = placeholders(placeholder, texts.get(Language.CA));
            for (Language language : Language.values()) {
                assertEquals(catalan, placeholders(placeholder, texts.get(language)), key + " in " + language);
            }
        });
    }

    private static Set<String> placeholders(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /** Every key the extracts ask for by an enum's name: a new scheme or payer without its words fails here. */
    @Test
    void theKeysTheExtractsAskForAreThere() {
        List<String> keys = new ArrayList<>();
        for (ExtractType type : ExtractType.values()) {
            if (!type.certificate()) {
                keys.add("title." + type);
            }
        }
        for (ExtractPeriod.Kind kind : ExtractPeriod.Kind.values()) {
            keys.add("period." + kind);
        }
        for (Scheme scheme : Scheme.values()) {
            keys.add("scheme." + scheme);
        }
        for (SickLeave.Payer payer : SickLeave.Payer.values()) {
            keys.add("incapacity.payer." + payer);
            keys.add("incapacity.paidBy." + payer);
        }
        assertTrue(ExtractTexts.all().keySet().containsAll(keys), () -> {
            List<String> missing = new ArrayList<>(keys);
            missing.removeAll(ExtractTexts.all().keySet());
            return "missing: " + missing;
        });
    }

    /** The Catalan titles are the domain's own, which the extract's notice and its file carry. */
    @Test
    void theCatalanTitlesAreExtractTypes() {
        for (ExtractType type : ExtractType.values()) {
            if (!type.certificate()) {
                assertEquals(type.title(), ExtractTexts.of(Language.CA).title(type), type.name());
            }
        }
    }

    /** Helvetica in WinAnsi drops what Cp1252 lacks: every text must be printable as written. */
    @Test
    void everyTextIsPrintableInThePdfsFont() {
        CharsetEncoder cp1252 = Charset.forName("windows-1252").newEncoder();
        ExtractTexts.all().forEach((key, texts) -> texts.forEach((language, text) ->
                assertTrue(cp1252.canEncode(PdfLook.winAnsi(text)), key + " in " + language + ": " + text)));
    }
}
