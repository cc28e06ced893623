package ad.cass.online.reports.extracts;

import ad.cass.online.domain.contributions.ContributionService;
import ad.cass.online.domain.contributions.ExtractPeriod;
import ad.cass.online.domain.contributions.IncomeConcept;
import ad.cass.online.domain.extracts.ExtractType;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.reports.Column;
import ad.cass.online.reports.ColumnType;
import ad.cass.online.reports.Grouping;
import ad.cass.online.reports.ReportHeading;
import ad.cass.online.reports.TableReport;
import ad.cass.online.reports.Verification;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The income extract (seed 000 §2.1.4, "descarregar la informació presentada al quadre (ingressos i bases de
 * cotització) en format PDF o en format Excel"; seeds 001/002, "L'extracte d'ingressos"; issue 19): one row per concept
 * declared, oldest first, a subtotal per year and the grand total. The months come from the store page by page while
 * the document is written, so a whole working life never sits in memory. In the person's language, Catalan by default.
 *
 * <p>Here rather than in the contributions function since both the download ({@code GET /income/export}) and the
 * issued extract (issue 20, with its verification) write it; bench/ (ExportBench --table income) measures this class.
 *
 * @param verification printed on every page when the extract is issued as proof; null for the download
 * @param language     the person's language, which every fixed word is written in (issue 20)
 */
public record IncomeExtractReport(ContributionService.IncomeExtract extract, Verification verification, Language language)
        implements TableReport {
    /** The columns in Catalan, the portal's first language. */
    public static final List<Column> COLUMNS = columnsIn(Language.CA);
    /** Where the period's text holds the year: {@code 10/2026}. */
    private static final int YEAR_AT = 3;

    public IncomeExtractReport {
        Objects.requireNonNull(extract, "extract");
        Objects.requireNonNull(language, "language");
    }

    /** The extract in Catalan. */
    public IncomeExtractReport(ContributionService.IncomeExtract extract, Verification verification) {
        this(extract, verification, Language.CA);
    }

    /** The extract as the person downloads it, without verification, in Catalan. */
    public IncomeExtractReport(ContributionService.IncomeExtract extract) {
        this(extract, null);
    }

    static List<Column> columnsIn(Language language) {
        ExtractTexts texts = ExtractTexts.of(language);
        return List.of(
                texts.column("income.period", ColumnType.TEXT, 0.9f, false),
                texts.column("column.declarantNumber", ColumnType.TEXT, 1.1f, false),
                texts.column("column.declarant", ColumnType.TEXT, 2.6f, false),
                texts.column("column.scheme", ColumnType.TEXT, 1.3f, false),
                texts.column("income.concept", ColumnType.TEXT, 2.2f, false),
                texts.column("income.gross", ColumnType.MONEY, 1.2f, true));
    }

    @Override
    public ReportHeading heading() {
        ExtractTexts texts = ExtractTexts.of(language);
        return texts.heading(ExtractType.INCOME, extract.person(), period(texts), extract.issuedAt(), verification, List.of());
    }

    /** "Tota la vida (09/2003 – 11/2026)", "L'any anterior (2025)", "Període específic (01/2024 – 06/2024)". */
    private String period(ExtractTexts texts) {
        ExtractPeriod period = extract.period();
        return texts.period(period, period.kind() == ExtractPeriod.Kind.LAST_YEAR
                ? Integer.toString(extract.to().getYear()) : ExtractTexts.months(extract.from(), extract.to()));
    }

    @Override
    public List<Column> columns() {
        return columnsIn(language);
    }

    @Override
    public void rows(Consumer<List<Object>> sink) {
        ExtractTexts texts = ExtractTexts.of(language);
        extract.rows().forEach(month -> {
            String period = ExtractTexts.MONTH.format(month.period());
            for (IncomeConcept concept : month.concepts()) {
                sink.accept(Arrays.asList(period, month.declarantNumber(), month.declarantName(),
                        texts.scheme(month.scheme()), concept.label(), concept.amountCents()));
            }
        });
    }

    /** A subtotal per calendar year, "Total 2025". */
    @Override
    public Grouping grouping() {
        // Grouping's own placeholder for the group, {0}, put where the text table has the year
        return new Grouping(row -> ((String) row.get(0)).substring(YEAR_AT),
                ExtractTexts.of(language).fill("income.subtotal", Map.of("year", "{0}")));
    }
}
