package ad.cass.online.reimbursements;

import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.reimbursements.ReimbursedAct;
import ad.cass.online.domain.reimbursements.ReimbursementService;
import ad.cass.online.domain.reimbursements.ReimbursementSheet;
import ad.cass.online.reports.Column;
import ad.cass.online.reports.ColumnType;
import ad.cass.online.reports.Field;
import ad.cass.online.reports.ReportHeading;
import ad.cass.online.reports.ReportLabels;
import ad.cass.online.reports.TableReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The list of benefits of a period as a document a person keeps (seed 000 §2.1.3: "descarregar un llistat de
 * prestacions … la data d'inici, la data final, el tipus de prestació (opcional)"; issue 18,
 * {@code GET /reimbursements/export}): one row per act or product, with its sheet, and the period's totals. In Catalan.
 */
record ReimbursementExport(ReimbursementService.Sheets read) implements TableReport {
    static final List<Column> COLUMNS = List.of(
            new Column("Data", ColumnType.DATE, 1.05f, false),
            new Column("Full", ColumnType.TEXT, 1.05f, false),
            new Column("Tipus", ColumnType.TEXT, 1.3f, false),
            new Column("Prestador", ColumnType.TEXT, 2.2f, false),
            new Column("Acte o producte", ColumnType.TEXT, 2.2f, false),
            new Column("Quant.", ColumnType.INTEGER, 0.6f, false),
            new Column("Import pagat", ColumnType.MONEY, 1.1f, true),
            new Column("Taxa CASS", ColumnType.PERCENT, 0.8f, false),
            new Column("Import reembossat", ColumnType.MONEY, 1.2f, true),
            new Column("Destinatari", ColumnType.TEXT, 1.5f, false));

    @Override
    public ReportHeading heading() {
        List<Field> filters = new ArrayList<>(List.of(new Field("Període",
                CatalanFormat.date(read.from()) + " – " + CatalanFormat.date(read.to()))));
        filters.add(new Field("Tipus de prestació", read.kind() == null ? "Totes" : read.kind().label()));
        return new ReportHeading("Llistat de prestacions de reembossament", ReportHeading.subjectOf(read.person()), filters,
                read.readAt(), ReportLabels.CATALAN);
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public void rows(Consumer<List<Object>> sink) {
        for (ReimbursementSheet sheet : read.sheets()) {
            for (ReimbursedAct act : sheet.acts()) {
                sink.accept(Arrays.asList(act.date(), sheet.sheetNumber(), sheet.kind().label(), sheet.provider(), act.description(),
                        act.quantity(), act.paidCents(), act.rateTenthsOfPercent(), act.reimbursedCents(), sheet.payee().label()));
            }
        }
    }
}
