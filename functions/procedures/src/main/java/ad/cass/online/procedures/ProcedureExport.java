package ad.cass.online.procedures;

import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.domain.procedures.ProcedureFilter;
import ad.cass.online.domain.procedures.ProcedureService;
import ad.cass.online.reports.Column;
import ad.cass.online.reports.ColumnType;
import ad.cass.online.reports.Field;
import ad.cass.online.reports.ReportHeading;
import ad.cass.online.reports.ReportLabels;
import ad.cass.online.reports.TableReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The procedures' table as a document a person keeps (issue 18, {@code GET /procedures/export}): the rows the screen
 * shows for the same filters (seed 000 §2.1.2: code, type, start date, last change, state), the person, the filters and
 * the date of issue above them. In Catalan, the portal's first language.
 */
record ProcedureExport(ProcedureService.Listing listing) implements TableReport {
    static final List<Column> COLUMNS = List.of(
            new Column("Codi", ColumnType.TEXT, 1.3f, false),
            new Column("Tipus de tràmit", ColumnType.TEXT, 3.4f, false),
            new Column("Data d'inici", ColumnType.DATE, 1.1f, false),
            new Column("Última modificació", ColumnType.DATE_TIME, 1.4f, false),
            new Column("Estat", ColumnType.TEXT, 1.1f, false));

    @Override
    public ReportHeading heading() {
        return new ReportHeading("Tràmits", ReportHeading.subjectOf(listing.person()), filters(listing.filter()), listing.readAt(),
                ReportLabels.CATALAN);
    }

    /** The filters as the search form names them. */
    static List<Field> filters(ProcedureFilter filter) {
        List<Field> fields = new ArrayList<>();
        if (filter.status() != null) {
            fields.add(new Field("Estat", filter.status().label()));
        }
        if (filter.type() != null) {
            fields.add(new Field("Tipus de tràmit", filter.type().label()));
        }
        if (filter.from() != null || filter.to() != null) {
            fields.add(new Field("Període", (filter.from() == null ? "…" : CatalanFormat.date(filter.from())) + " – "
                    + (filter.to() == null ? "…" : CatalanFormat.date(filter.to()))));
        }
        if (filter.code() != null) {
            fields.add(new Field("Codi de tràmit", filter.code()));
        }
        return fields;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public void rows(Consumer<List<Object>> sink) {
        for (Procedure p : listing.procedures()) {
            sink.accept(List.of(p.code(), p.type(), p.startDate(), p.modifiedAt(), p.status().label()));
        }
    }
}
