package ad.cass.online.reports.extracts;

import ad.cass.online.domain.contributions.ContributionService;
import ad.cass.online.domain.contributions.ExtractPeriod;
import ad.cass.online.domain.contributions.IncomeConcept;
import ad.cass.online.domain.extracts.ExtractType;
import ad.cass.online.reports.Column;
import ad.cass.online.reports.ColumnType;
import ad.cass.online.reports.Grouping;
import ad.cass.online.reports.ReportHeading;
import ad.cass.online.reports.TableReport;
import ad.cass.online.reports.Verification;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The income extract (seed 000 §2.1.4, "descarregar la informació presentada al quadre (ingressos i bases de
 * cotització) en format PDF o en format Excel"; seeds 001/002, "L'extracte d'ingressos"; issue 19): one row per concept
 * declared, oldest first, a subtotal per year and the grand total. The months come from the store page by page while
 * the document is written, so a whole working life never sits in memory. In Catalan.
 *
 * <p>Here rather than in the contributions function since both the download ({@code GET /income/export}) and the
 * issued extract (issue 20, with its verification) write it; bench/ (ExportBench --table income) measures this class.
 *
 * @param verification printed on every page when the extract is issued as proof; null for the download
 */
public record IncomeExtractReport(ContributionService.IncomeExtract extract, Verification verification)
        implements TableReport {
    public static final List<Column> COLUMNS = List.of(
            new Column("Període", ColumnType.TEXT, 0.9f, false),
            new Column("Núm. declarant", ColumnType.TEXT, 1.1f, false),
            new Column("Declarant", ColumnType.TEXT, 2.6f, false),
            new Column("Règim", ColumnType.TEXT, 1.3f, false),
            new Column("Concepte", ColumnType.TEXT, 2.2f, false),
            new Column("Import brut", ColumnType.MONEY, 1.2f, true));
    /** Where the period's text holds the year: {@code 10/2026}. */
    private static final int YEAR_AT = 3;

    public IncomeExtractReport {
        Objects.requireNonNull(extract, "extract");
    }

    /** The extract as the person downloads it, without verification. */
    public IncomeExtractReport(ContributionService.IncomeExtract extract) {
        this(extract, null);
    }

    @Override
    public ReportHeading heading() {
        return ExtractTexts.heading(ExtractType.INCOME.title(), extract.person(), period(), extract.issuedAt(), verification,
                List.of());
    }

    /** "Tota la vida (09/2003 – 11/2026)", "L'any anterior (2025)", "Període específic (01/2024 – 06/2024)". */
    private String period() {
        ExtractPeriod period = extract.period();
        return ExtractTexts.period(period, period.kind() == ExtractPeriod.Kind.LAST_YEAR
                ? Integer.toString(extract.to().getYear()) : ExtractTexts.months(extract.from(), extract.to()));
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public void rows(Consumer<List<Object>> sink) {
        extract.rows().forEach(month -> {
            String period = ExtractTexts.MONTH.format(month.period());
            for (IncomeConcept concept : month.concepts()) {
                sink.accept(Arrays.asList(period, month.declarantNumber(), month.declarantName(),
                        ExtractTexts.scheme(month.scheme()), concept.label(), concept.amountCents()));
            }
        });
    }

    /** A subtotal per calendar year, "Total 2025". */
    @Override
    public Grouping grouping() {
        return new Grouping(row -> ((String) row.get(0)).substring(YEAR_AT), "Total {0}");
    }
}
