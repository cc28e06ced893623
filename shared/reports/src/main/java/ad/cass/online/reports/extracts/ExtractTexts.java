package ad.cass.online.reports.extracts;

import ad.cass.online.domain.contributions.ExtractPeriod;
import ad.cass.online.domain.contributions.Scheme;
import ad.cass.online.domain.extracts.ExtractType;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.reports.Column;
import ad.cass.online.reports.ColumnType;
import ad.cass.online.reports.Field;
import ad.cass.online.reports.ReportHeading;
import ad.cass.online.reports.ReportLabels;
import ad.cass.online.reports.TextTable;
import ad.cass.online.reports.Verification;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The words every extract shares, in the person's language (issue 20, Catalan by default): its title, its heading, its
 * period as the form names it (seed 000 §2.1.4), the schemes, and each extract's own words, all from {@value #RESOURCE}
 * beside this class, four languages a line ({@link TextTable}, as the letters'). Figures and dates are not words: they
 * keep the portal's Catalan formats in every language (DOMAIN.md), {@code 1.525,33 €}, {@code 30/11/2026},
 * {@code 11/2026}.
 */
final class ExtractTexts {
    static final String RESOURCE = "texts.tsv";
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final TextTable TEXTS = TextTable.load(ExtractTexts.class, RESOURCE);

    private final Language language;

    private ExtractTexts(Language language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    static ExtractTexts of(Language language) {
        return new ExtractTexts(language);
    }

    String get(String key) {
        return TEXTS.get(key, language);
    }

    String fill(String key, Map<String, String> values) {
        return TEXTS.fill(key, language, values);
    }

    /** Every key with its four texts, in the file's order: for the test that nothing is missing. */
    static Map<String, Map<Language, String>> all() {
        return TEXTS.all();
    }

    /** The extract's title: ExtractType's own in Catalan, translated in the file. */
    String title(ExtractType type) {
        return get("title." + type);
    }

    /** A column whose heading is {@code key}'s text. */
    Column column(String key, ColumnType type, float relativeWidth, boolean totalled) {
        return new Column(get(key), type, relativeWidth, totalled);
    }

    /** A column whose heading is {@code key}'s text and whose empty cells say {@code emptyKey}'s. */
    Column column(String key, ColumnType type, float relativeWidth, boolean totalled, String emptyKey) {
        return new Column(get(key), type, relativeWidth, totalled, get(emptyKey));
    }

    /** Whose (the person), which period, when, the verification; {@code more} after the period. */
    ReportHeading heading(ExtractType type, Person person, String period, Instant issuedAt, Verification verification,
                          List<Field> more) {
        List<Field> filters = new ArrayList<>();
        filters.add(new Field(get("field.period"), period));
        filters.addAll(more);
        return new ReportHeading(title(type), ReportHeading.subjectOf(person, language), filters, issuedAt,
                ReportLabels.of(language), verification);
    }

    /**
     * The period as the form offers it, "tota la vida, l'any anterior o un període específic" (seed 000 §2.1.4 and
     * §2.2.1), with what it covers in brackets: "Tota la vida (09/2003 – 11/2026)", "L'any anterior (2025)",
     * "Període específic (01/2024 – 06/2024)".
     *
     * @param covered what the extract covers, in the document's unit (months, years); null to say nothing more
     */
    String period(ExtractPeriod period, String covered) {
        String kind = get("period." + period.kind());
        return covered == null ? kind : kind + " (" + covered + ")";
    }

    /** {@code 09/2003 – 11/2026}; a whole life with nothing in it has no first month: {@code – – 11/2026}. */
    static String months(YearMonth from, YearMonth to) {
        return (from == null ? "–" : MONTH.format(from)) + " – " + MONTH.format(to);
    }

    /** The règim, as the seed names the column (seed 000 §2.1.4). */
    String scheme(Scheme scheme) {
        return get("scheme." + scheme);
    }
}
