package ad.cass.online.reports.letters;

import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.reports.TextTable;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The letters' words in one language, from {@value #RESOURCE} beside this class: a key, then the Catalan, Spanish,
 * French and English texts, tab-separated, so a translator sees the four side by side ({@link TextTable}, which reads
 * the extracts' words too). Read once; a key without its four texts stops the class from loading, so a letter is never
 * issued half translated.
 *
 * <p>Dates in words are written by hand from the file's month names, like {@link CatalanFormat} and for its reason
 * (the JDK's locale data changes between releases): "30 de novembre de 2026", "30 de noviembre de 2026",
 * "1er novembre 2026", "30 November 2026".
 */
final class LetterTexts {
    static final String RESOURCE = "texts.tsv";
    private static final TextTable TEXTS = TextTable.load(LetterTexts.class, RESOURCE);
    /** "del 01/10/2026" is read "de l'u d'octubre": Catalan elides before a day that is said u or onze */
    private static final Pattern ELIDED_DAY = Pattern.compile("\\b(de|a)l (0?1|11)/");

    private final Language language;

    private LetterTexts(Language language) {
        this.language = language;
    }

    static LetterTexts of(Language language) {
        return new LetterTexts(language);
    }

    Language language() {
        return language;
    }

    /** The text of {@code key} as it is, placeholders and all. */
    String get(String key) {
        return TEXTS.get(key, language);
    }

    /**
     * The text of {@code key} with its placeholders replaced by {@code values}; every placeholder must have one. In
     * Catalan, "del"/"al" before a date on the 1st or 11th become "de l'"/"a l'".
     */
    String fill(String key, Map<String, String> values) {
        String text = TEXTS.fill(key, language, values);
        return language == Language.CA ? ELIDED_DAY.matcher(text).replaceAll("$1 l'$2/") : text;
    }

    /** {@code 30 de novembre de 2026}, {@code 1 d'octubre de 2026}; {@code 1er novembre 2026} in French. */
    String longDate(LocalDate day) {
        String dayOfMonth = day.getDayOfMonth() == 1 ? get("date.day1") : Integer.toString(day.getDayOfMonth());
        return fill("date.long", Map.of("day", dayOfMonth, "month", get("month." + day.getMonthValue()),
                "year", Integer.toString(day.getYear())));
    }

    /** {@code dd/MM/yyyy} in every language, as the portal writes dates. */
    static String date(LocalDate day) {
        return CatalanFormat.date(day);
    }

    /** Every key with its four texts, in the file's order: for the test that nothing is missing. */
    static Map<String, Map<Language, String>> all() {
        return TEXTS.all();
    }
}
