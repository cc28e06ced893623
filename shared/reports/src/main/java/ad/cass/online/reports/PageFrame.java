package ad.cass.online.reports;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What every page of a CASS document carries, drawn in the margins as each page ends: the header band (the
 * institution, the title, and on the right an optional number such as a sheet's) and the footer (who issued it
 * and when, on the left; "pàgina X de Y" on the right).
 *
 * <p>The page count is unknown until the last row is written, so each page gets a small template for its
 * "pàgina X de Y", filled in when the document closes. One per page rather than one shared "Y" so the whole
 * phrase can be right-aligned and translated with {@code {1}} anywhere in it.
 */
final class PageFrame extends PdfPageEventHelper {
    private static final float NUMBER_BOX_WIDTH = 180;
    private static final float NUMBER_BOX_HEIGHT = 12;
    private static final float FOOTER_SIZE = 7.5f;

    private final String institution;
    private final String title;
    private final Field mark;
    private final String footerLeft;
    private final ReportLabels labels;
    private final List<PdfTemplate> pageNumbers = new ArrayList<>();

    /**
     * @param mark shown big on the right of the band (a sheet's number under its label), or null
     */
    PageFrame(ReportLabels labels, String title, Field mark, String footerLeft) {
        this.institution = labels.institution();
        this.title = title;
        this.mark = mark;
        this.footerLeft = footerLeft;
        this.labels = labels;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        band(canvas, document.left(), document.right(), page.getTop() - 26);
        footer(canvas, document.left(), document.right(), document.bottom() - 14);
    }

    private void band(PdfContentByte canvas, float left, float right, float top) {
        float ruleY = top - 38;
        canvas.saveState();
        canvas.setColorFill(PdfLook.CASS_BLUE);
        canvas.rectangle(left, ruleY + 5, 3.5f, top - ruleY - 3);
        canvas.fill();
        canvas.setColorStroke(PdfLook.CASS_BLUE);
        canvas.setLineWidth(0.8f);
        canvas.moveTo(left, ruleY);
        canvas.lineTo(right, ruleY);
        canvas.stroke();
        canvas.restoreState();
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                PdfLook.phrase(institution, PdfLook.font(PdfLook.BOLD, 13, PdfLook.CASS_BLUE)), left + 10, top - 13, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                PdfLook.phrase(title, PdfLook.font(PdfLook.BOLD, 10.5f, PdfLook.INK)), left + 10, top - 29, 0);
        if (mark != null) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    PdfLook.phrase(mark.label(), PdfLook.font(PdfLook.REGULAR, 7.5f, PdfLook.MUTED)), right, top - 8, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    PdfLook.phrase(mark.value(), PdfLook.font(PdfLook.BOLD, 18, PdfLook.CASS_BLUE)), right, top - 29, 0);
        }
    }

    private void footer(PdfContentByte canvas, float left, float right, float ruleY) {
        canvas.saveState();
        canvas.setColorStroke(PdfLook.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, ruleY);
        canvas.lineTo(right, ruleY);
        canvas.stroke();
        canvas.restoreState();
        float baseline = ruleY - 11;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                PdfLook.phrase(footerLeft, PdfLook.font(PdfLook.REGULAR, FOOTER_SIZE, PdfLook.MUTED)), left, baseline, 0);
        PdfTemplate number = canvas.createTemplate(NUMBER_BOX_WIDTH, NUMBER_BOX_HEIGHT);
        pageNumbers.add(number);
        canvas.addTemplate(number, right - NUMBER_BOX_WIDTH, baseline - 3);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        int pages = pageNumbers.size();
        for (int i = 0; i < pages; i++) {
            ColumnText.showTextAligned(pageNumbers.get(i), Element.ALIGN_RIGHT,
                    PdfLook.phrase(labels.pageOf(i + 1, pages), PdfLook.font(PdfLook.REGULAR, FOOTER_SIZE, PdfLook.MUTED)),
                    NUMBER_BOX_WIDTH, 3, 0);
        }
    }
}
