package ad.cass.online.contributions;

import ad.cass.online.domain.contributions.ContributionService;
import ad.cass.online.domain.contributions.ExtractPeriod;
import ad.cass.online.domain.contributions.IncomeConcept;
import ad.cass.online.domain.contributions.Scheme;
import ad.cass.online.reports.Column;
import ad.cass.online.reports.ColumnType;
import ad.cass.online.reports.Field;
import ad.cass.online.reports.Grouping;
import ad.cass.online.reports.ReportHeading;
import ad.cass.online.reports.ReportLabels;
import ad.cass.online.reports.TableReport;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The income extract (seed 000 §2.1.4, "descarregar la informació presentada al quadre (ingressos i bases de
 * cotització) en format PDF o en format Excel"; issue 19, {@code GET /income/export}): one row per concept declared,
 * oldest first, a subtotal per year and the grand total. The months come from the store page by page while the
 * document is written. In Catalan. Public for bench/ (ExportBench --table income), which measures this very class.
 */
public record IncomeExport(ContributionService.IncomeExtract extract) implements TableReport {
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    public static final List<Column> COLUMNS = List.of(
            new Column("Període", ColumnType.TEXT, 0.9f, false),
            new Column("Núm. declarant", ColumnType.TEXT, 1.1f, false),
            new Column("Declarant", ColumnType.TEXT, 2.6f, false),
            new Column("Règim", ColumnType.TEXT, 1.3f, false),
            new Column("Concepte", ColumnType.TEXT, 2.2f, false),
            new Column("Import brut", ColumnType.MONEY, 1.2f, true));
    /** Where the period's text holds the year: {@code 10/2026}. */
    private static final int YEAR_AT = 3;

    @Override
    public ReportHeading heading() {
        return new ReportHeading("Extracte d'ingressos i bases de cotització", ReportHeading.subjectOf(extract.person()),
                List.of(new Field("Període", period())), extract.issuedAt(), ReportLabels.CATALAN);
    }

    /** "Tota la vida (09/2003 – 11/2026)", "L'any anterior (2025)", "Període específic (01/2024 – 06/2024)". */
    private String period() {
        ExtractPeriod p = extract.period();
        String months = (extract.from() == null ? "–" : MONTH.format(extract.from())) + " – " + MONTH.format(extract.to());
        return switch (p.kind()) {
            case LIFE -> "Tota la vida (" + months + ")";
            case LAST_YEAR -> "L'any anterior (" + extract.to().getYear() + ")";
            case CUSTOM -> "Període específic (" + months + ")";
        };
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public void rows(Consumer<List<Object>> sink) {
        extract.rows().forEach(month -> {
            String period = MONTH.format(month.period());
            for (IncomeConcept concept : month.concepts()) {
                sink.accept(Arrays.asList(period, month.declarantNumber(), month.declarantName(), scheme(month.scheme()),
                        concept.label(), concept.amountCents()));
            }
        });
    }

    /** A subtotal per calendar year, "Total 2025". */
    @Override
    public Grouping grouping() {
        return new Grouping(row -> ((String) row.get(0)).substring(YEAR_AT), "Total {0}");
    }

    /** Règim in Catalan, as the seed names the column (seed 000 §2.1.4). */
    static String scheme(Scheme scheme) {
        return switch (scheme) {
            case GENERAL -> "General";
            case SELF_EMPLOYED -> "Compte propi";
            case HOUSEHOLD -> "Servei domèstic";
        };
    }
}
