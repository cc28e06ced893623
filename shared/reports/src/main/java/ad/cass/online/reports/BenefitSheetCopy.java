package ad.cass.online.reports;

import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.reimbursements.ReimbursedAct;
import ad.cass.online.domain.reimbursements.ReimbursementSheet;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/**
 * The copy of one benefit sheet (full de prestacions, seed 000 §2.1.3: "possibilitat de visualitzar la còpia del
 * full de prestacions"), laid out like the paper form: the sheet's number big in the header, boxed fields for the
 * insured person, the provider, the date of the first act, the payee and the status, then the acts with their
 * prices, CASS's rate and what was reimbursed, and the totals. The words are the seed's ("reembossat").
 */
public final class BenefitSheetCopy {
    static final String TITLE = "Full de prestacions";

    private static final List<Column> LINES = List.of(
            new Column("Data", ColumnType.DATE, 52, false),
            new Column("Codi", ColumnType.TEXT, 42, false),
            new Column("Descripció", ColumnType.TEXT, 150, false),
            new Column("Quantitat", ColumnType.INTEGER, 40, false),
            new Column("Preu unitari", ColumnType.MONEY, 58, false),
            new Column("Import pagat", ColumnType.MONEY, 60, true),
            new Column("Taxa CASS", ColumnType.PERCENT, 40, false),
            new Column("Import reembossat", ColumnType.MONEY, 62, true));

    private BenefitSheetCopy() {
    }

    /** Writes the copy to {@code out}, which is left open; {@code issuedAt} is when the person asked for it. */
    public static void write(ReimbursementSheet sheet, String personName, Instant issuedAt, OutputStream out) {
        Document document = PdfLook.document(PageSize.A4);
        String issued = CatalanFormat.dateTime(issuedAt);
        PageFrame frame = new PageFrame(ReportLabels.CATALAN, TITLE, new Field("Número de full", sheet.sheetNumber()),
                "Còpia emesa per CASS Online el " + issued);
        PdfLook.open(document, out, frame, TITLE + " " + sheet.sheetNumber());
        PdfLook.writeAndClose(document, () -> {
            document.add(form(sheet, personName));
            document.add(lines(sheet));
        });
    }

    /** The boxed fields of the form: two boxes on the first line, three on the second. */
    private static PdfPTable form(ReimbursementSheet sheet, String personName) {
        PdfPTable form = new PdfPTable(6);
        form.setWidthPercentage(100);
        form.setSpacingAfter(14);
        form.addCell(box("Persona assegurada", 3, personName, "Número CASS: " + sheet.subject().value()));
        form.addCell(box("Prestador", 3, sheet.provider()));
        form.addCell(box("Data del primer acte", 2, CatalanFormat.date(sheet.firstActDate())));
        form.addCell(box("Destinatari del pagament", 2, sheet.payee().label()));
        form.addCell(box("Estat", 2, sheet.status().label()));
        return form;
    }

    private static PdfPCell box(String caption, int span, String value, String... more) {
        PdfPCell box = new PdfPCell();
        box.setColspan(span);
        box.setBorder(Rectangle.BOX);
        box.setBorderColor(PdfLook.RULE);
        box.setBorderWidth(0.75f);
        box.setPadding(6);
        box.setPaddingTop(3);
        Paragraph head = new Paragraph(11, PdfLook.winAnsi(caption), PdfLook.font(PdfLook.BOLD, 7.5f, PdfLook.CASS_BLUE));
        box.addElement(head);
        box.addElement(new Paragraph(14, PdfLook.winAnsi(value), PdfLook.font(PdfLook.BOLD, 10.5f, PdfLook.INK)));
        for (String line : more) {
            box.addElement(new Paragraph(12, PdfLook.winAnsi(line), PdfLook.font(PdfLook.REGULAR, 8.5f, PdfLook.INK)));
        }
        return box;
    }

    /** The acts, their head repeated if they run onto another page, and the totals of what was paid and reimbursed. */
    private static PdfPTable lines(ReimbursementSheet sheet) {
        PdfPTable table = new PdfPTable(PdfLook.widths(LINES, PageSize.A4.getWidth() - 2 * PdfLook.SIDE_MARGIN));
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (Column column : LINES) {
            table.addCell(PdfLook.headCell(column.heading(), PdfLook.alignment(column.type())));
        }
        Font font = PdfLook.font(PdfLook.REGULAR, PdfLook.TABLE_SIZE, PdfLook.INK);
        long paid = 0;
        long reimbursed = 0;
        int row = 0;
        for (ReimbursedAct act : sheet.acts()) {
            List<Object> values = List.of(act.date(), act.code(), act.description(), act.quantity(),
                    act.unitPriceCents(), act.paidCents(), act.rateTenthsOfPercent(),
                    act.reimbursedCents());
            for (int i = 0; i < LINES.size(); i++) {
                ColumnType type = LINES.get(i).type();
                PdfPCell cell = PdfLook.cell(Cells.text(type, values.get(i)), font, PdfLook.alignment(type));
                cell.setBackgroundColor(row % 2 == 1 ? PdfLook.PANEL : null);
                table.addCell(cell);
            }
            paid = Math.addExact(paid, act.paidCents());
            reimbursed = Math.addExact(reimbursed, act.reimbursedCents());
            row++;
        }
        PdfPCell label = PdfLook.totalCell(ReportLabels.CATALAN.total(), Element.ALIGN_LEFT);
        label.setColspan(5);
        table.addCell(label);
        table.addCell(PdfLook.totalCell(CatalanFormat.money(paid), Element.ALIGN_RIGHT));
        table.addCell(PdfLook.totalCell(CatalanFormat.percent(ReimbursedAct.rateTenthsOfPercent(paid, reimbursed)), Element.ALIGN_RIGHT));
        table.addCell(PdfLook.totalCell(CatalanFormat.money(reimbursed), Element.ALIGN_RIGHT));
        return table;
    }
}
