package ad.cass.online.reports;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
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
 *
 * <p>A verified document (issue 20: "a verification code ... and a QR code of the verification URL, on every page")
 * has a taller footer ({@link PdfLook#VERIFIED_BOTTOM_MARGIN}): the QR code at the bottom right, below the rule and so
 * never over the table; on the left the line with the code and the URL, under it who issued it and when; the page
 * number to the left of the QR code.
 *
 * <p>Public for the letters ({@code reports.letters}), whose pages carry the same band and verified footer.
 */
public final class PageFrame extends PdfPageEventHelper {
    private static final float NUMBER_BOX_WIDTH = 180;
    private static final float NUMBER_BOX_HEIGHT = 12;
    private static final float FOOTER_SIZE = 7.5f;

    private final String institution;
    private final String title;
    private final Field mark;
    private final String footerLeft;
    private final ReportLabels labels;
    private final Verification verification;
    private final List<PdfTemplate> pageNumbers = new ArrayList<>();
    private PdfTemplate qr;

    /**
     * @param mark shown big on the right of the band (a sheet's number under its label), or null
     */
    PageFrame(ReportLabels labels, String title, Field mark, String footerLeft) {
        this(labels, title, mark, footerLeft, null);
    }

    /**
     * @param verification printed on every page with its QR code, or null; the document needs the taller bottom
     *                     margin then ({@link PdfLook#document(Rectangle, boolean)})
     */
    public PageFrame(ReportLabels labels, String title, Field mark, String footerLeft, Verification verification) {
        this.institution = labels.institution();
        this.title = title;
        this.mark = mark;
        this.footerLeft = footerLeft;
        this.labels = labels;
        this.verification = verification;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        band(canvas, document.left(), document.right(), page.getTop() - 26);
        if (verification == null) {
            footer(canvas, document.left(), document.right(), document.bottom() - 14);
        } else {
            verifiedFooter(canvas, document.left(), document.right(), document.bottom() - 14);
        }
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
        rule(canvas, left, right, ruleY);
        float baseline = ruleY - 11;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                PdfLook.phrase(footerLeft, PdfLook.font(PdfLook.REGULAR, FOOTER_SIZE, PdfLook.MUTED)), left, baseline, 0);
        pageNumber(canvas, right, baseline);
    }

    /** The code's line and the issuer's on the left, the page number, the QR code at the bottom right. */
    private void verifiedFooter(PdfContentByte canvas, float left, float right, float ruleY) {
        rule(canvas, left, right, ruleY);
        if (qr == null) {
            qr = QrMark.template(canvas, verification.url(), PdfLook.QR_SIZE);
        }
        // the quiet zone's top edge 3 points under the rule: the modules start a quiet zone lower
        canvas.addTemplate(qr, right - PdfLook.QR_SIZE, ruleY - 3 - PdfLook.QR_SIZE);
        float textRight = right - PdfLook.QR_SIZE - 6;
        String label = labels.verificationCode() + ": ";
        String after = " · " + verification.url();
        float size = fitting(label + verification.code() + after, textRight - left);
        Phrase line = new Phrase();
        line.add(new Chunk(PdfLook.winAnsi(label), PdfLook.font(PdfLook.REGULAR, size, PdfLook.INK)));
        line.add(new Chunk(verification.code(), PdfLook.font(PdfLook.BOLD, size, PdfLook.INK)));
        line.add(new Chunk(PdfLook.winAnsi(after), PdfLook.font(PdfLook.REGULAR, size, PdfLook.INK)));
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, line, left, ruleY - 15, 0);
        float baseline = ruleY - 27;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                PdfLook.phrase(footerLeft, PdfLook.font(PdfLook.REGULAR, FOOTER_SIZE, PdfLook.MUTED)), left, baseline, 0);
        pageNumber(canvas, textRight, baseline);
    }

    /** The verification line's size: 8 points, smaller only for a URL so long that it would run into the QR code. */
    private static float fitting(String text, float width) {
        float size = 8;
        float measured = PdfLook.BOLD.getWidthPoint(PdfLook.winAnsi(text), size); // bold: an upper bound of the line
        return measured <= width ? size : Math.max(5, size * width / measured);
    }

    private static void rule(PdfContentByte canvas, float left, float right, float ruleY) {
        canvas.saveState();
        canvas.setColorStroke(PdfLook.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, ruleY);
        canvas.lineTo(right, ruleY);
        canvas.stroke();
        canvas.restoreState();
    }

    /** A box for "pàgina X de Y", right-aligned at {@code right}, filled in when the document closes. */
    private void pageNumber(PdfContentByte canvas, float right, float baseline) {
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
