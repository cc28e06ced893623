package ad.cass.online.reports;

import ad.cass.online.domain.format.CatalanFormat;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A table report as a CASS document in PDF: the header band and footer on every page, the person, the filters
 * and the date of issue on the first, the table with its head repeated on each page, and the totals; a verified
 * document's code, URL and QR code on every page ({@link PageFrame}).
 *
 * <p>Streamed: the table is handed to the document every {@value #FLUSH_EVERY} rows, which writes them out and
 * forgets them, so memory does not grow with the number of rows.
 */
public final class PdfReport {
    static final int FLUSH_EVERY = 200;

    private PdfReport() {
    }

    /** Writes the report to {@code out}, which is left open. */
    public static void write(TableReport report, OutputStream out) {
        ReportHeading heading = report.heading();
        List<Column> columns = Cells.columns(report.columns());
        // more than six columns do not fit upright with amounts and dates at a readable size
        // (a media box that is itself landscape, not A4.rotate()'s upright box turned by /Rotate 90, so a program
        // that reads the box without the rotation, PDFBox's getMediaBox for one, sees the page as it is printed)
        Rectangle size = columns.size() > 6 ? new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth())
                : PageSize.A4;
        Document document = PdfLook.document(size, heading.verification() != null);
        String issued = CatalanFormat.dateTime(heading.issuedAt());
        PageFrame frame = new PageFrame(heading.labels(), heading.title(), null, "CASS Online · " + issued,
                heading.verification());
        PdfLook.open(document, out, frame, heading.title());
        PdfLook.writeAndClose(document, () -> {
            document.add(headingBlock(heading, issued));
            StreamedTable table = new StreamedTable(document, columns, heading.labels(), report.grouping(),
                    size.getWidth() - 2 * PdfLook.SIDE_MARGIN);
            report.rows(table::add);
            table.finish();
        });
    }

    /** Whose data, which selection, when: subject on the left, filters and date of issue on the right. */
    private static PdfPTable headingBlock(ReportHeading heading, String issued) {
        PdfPTable block = new PdfPTable(heading.subject().isEmpty() ? 1 : 2);
        block.setWidthPercentage(100);
        block.setSpacingAfter(12);
        if (!heading.subject().isEmpty()) {
            block.addCell(fieldsCell(heading.subject()));
        }
        List<Field> right = new ArrayList<>(heading.filters());
        right.add(new Field(heading.labels().issuedOn(), issued));
        block.addCell(fieldsCell(right));
        return block;
    }

    private static PdfPCell fieldsCell(List<Field> fields) {
        Font label = PdfLook.font(PdfLook.BOLD, PdfLook.BODY_SIZE, PdfLook.INK);
        Font value = PdfLook.font(PdfLook.REGULAR, PdfLook.BODY_SIZE, PdfLook.INK);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setBackgroundColor(PdfLook.PANEL);
        cell.setPadding(7);
        cell.setPaddingTop(4);
        for (Field field : fields) {
            Paragraph line = new Paragraph(12);
            line.add(new Chunk(PdfLook.winAnsi(field.label() + ": "), label));
            line.add(new Chunk(PdfLook.winAnsi(field.value()), value));
            cell.addElement(line);
        }
        return cell;
    }

    /**
     * The rows as they come, written out every {@value #FLUSH_EVERY}, a subtotal row after each group when the report
     * has groups, and the total row at the end.
     */
    private static final class StreamedTable {
        private final Document document;
        private final List<Column> columns;
        private final ReportLabels labels;
        private final Grouping grouping;
        private final float width;
        private final Totals totals;
        private final Totals groupTotals;
        private final Font font = PdfLook.font(PdfLook.REGULAR, PdfLook.TABLE_SIZE, PdfLook.INK);
        private PdfPTable table;
        private long rows;
        private String group;

        StreamedTable(Document document, List<Column> columns, ReportLabels labels, Grouping grouping, float width) {
            this.document = document;
            this.columns = columns;
            this.labels = labels;
            this.grouping = grouping;
            this.width = width;
            this.totals = new Totals(columns);
            this.groupTotals = new Totals(columns);
        }

        void add(List<Object> row) {
            Cells.check(columns, row);
            if (table == null) {
                table = open();
            }
            if (grouping != null) {
                String of = grouping.groupOf().apply(row);
                if (group != null && !group.equals(of)) {
                    sumRow(groupTotals, grouping.labelOf(group), false);
                    groupTotals.clear();
                }
                group = of;
                groupTotals.add(row);
            }
            Color zebra = rows % 2 == 1 ? PdfLook.PANEL : null;
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                PdfPCell cell = PdfLook.cell(Cells.text(column, row.get(i)), font, PdfLook.alignment(column.type()));
                cell.setBackgroundColor(zebra);
                table.addCell(cell);
            }
            totals.add(row);
            rows++;
            if (rows % FLUSH_EVERY == 0) {
                document.add(table); // writes the rows so far and drops them from the table
            }
        }

        private PdfPTable open() {
            PdfPTable opened = new PdfPTable(PdfLook.widths(columns, width));
            opened.setWidthPercentage(100);
            opened.setHeaderRows(1);
            opened.setComplete(false);
            for (Column column : columns) {
                opened.addCell(PdfLook.headCell(column.heading(), PdfLook.alignment(column.type())));
            }
            return opened;
        }

        void finish() {
            if (rows == 0) {
                Paragraph none = new Paragraph(PdfLook.winAnsi(labels.noRows()),
                        PdfLook.font(PdfLook.REGULAR, 10, PdfLook.MUTED));
                none.setSpacingBefore(18);
                none.setAlignment(Element.ALIGN_CENTER);
                document.add(none);
                return;
            }
            if (group != null) {
                sumRow(groupTotals, grouping.labelOf(group), false);
            }
            if (totals.any()) {
                sumRow(totals, labels.total(), true);
            }
            table.setComplete(true);
            document.add(table);
        }

        /** A group's subtotal (bold, a thin rule above) or the grand total (the total band). */
        private void sumRow(Totals sums, String label, boolean grand) {
            if (!sums.any()) {
                return;
            }
            int labelColumn = sums.labelColumn();
            for (int i = 0; i < columns.size(); i++) {
                ColumnType type = columns.get(i).type();
                String text = sums.isTotalled(i) ? Cells.text(type, sums.sum(i)) : i == labelColumn ? label : "";
                int alignment = sums.isTotalled(i) ? PdfLook.alignment(type) : Element.ALIGN_LEFT;
                table.addCell(grand ? PdfLook.totalCell(text, alignment) : PdfLook.subtotalCell(text, alignment));
            }
        }
    }
}
