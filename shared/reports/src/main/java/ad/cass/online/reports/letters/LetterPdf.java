package ad.cass.online.reports.letters;

import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.reports.Field;
import ad.cass.online.reports.PageFrame;
import ad.cass.online.reports.PdfLook;
import ad.cass.online.reports.ReportLabels;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link CertificateLetter} with OpenPDF: the extracts' page ({@link PdfLook}'s margins, {@link PageFrame}'s
 * band and verified footer) and, inside it, a letter's body, narrower than the page's text so that lines are not too
 * long to read.
 */
final class LetterPdf {
    /** the body's extra margin on each side, inside the band's width */
    private static final float INDENT = 24;
    private static final float BODY_SIZE = 10.5f;
    private static final float LEADING = 15.5f;

    private LetterPdf() {
    }

    static void write(CertificateLetter letter, OutputStream out) {
        LetterTexts texts = LetterTexts.of(letter.language());
        ReportLabels labels = ReportLabels.of(letter.language());
        Document document = PdfLook.document(PageSize.A4, true);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false); // the caller's stream: an upload, a response body
        // justified lines widen the spaces between words only, never between letters: an official text, not a poster
        writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        writer.setPageEvent(new PageFrame(labels, letter.title(), null,
                "CASS Online · " + CatalanFormat.dateTime(letter.issuedAt()), letter.verification()));
        document.addTitle(letter.title());
        document.addAuthor("CASS");
        document.addCreator("CASS Online");
        // /Lang in the catalogue: a screen reader speaks the letter in its language
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(letter.language().code()));
        document.open();
        PdfLook.writeAndClose(document, () -> body(document, letter, texts));
    }

    private static void body(Document document, CertificateLetter letter, LetterTexts texts) {
        // the heading in capitals, centred, as a certificate's; the band above keeps the title as written
        String heading = letter.title().toUpperCase(Locale.forLanguageTag(letter.language().code()));
        Paragraph title = new Paragraph(PdfLook.winAnsi(heading), PdfLook.font(PdfLook.BOLD, 14, PdfLook.CASS_BLUE));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(14);
        title.setSpacingAfter(20);
        document.add(title);
        if (!letter.person().isEmpty()) {
            document.add(personBlock(letter, document.right() - document.left() - 2 * INDENT));
        }
        Font body = PdfLook.font(PdfLook.REGULAR, BODY_SIZE, PdfLook.INK);
        for (String text : letter.paragraphs()) {
            document.add(paragraph(text, body, Element.ALIGN_JUSTIFIED, 0, 10));
        }
        document.add(paragraph(texts.get("closing"), body, Element.ALIGN_JUSTIFIED, 0, 0));
        String date = texts.longDate(letter.issueDay());
        document.add(paragraph(texts.fill("placeAndDate", Map.of("place", texts.get("place"), "date", date)), body,
                Element.ALIGN_LEFT, 22, 0));
        document.add(paragraph(texts.fill("validUntil", Map.of("date", LetterTexts.date(letter.validUntil()))),
                PdfLook.font(PdfLook.BOLD, BODY_SIZE, PdfLook.CASS_BLUE), Element.ALIGN_LEFT, 6, 0));
        Paragraph note = paragraph(texts.get("verifyNote"), PdfLook.font(PdfLook.REGULAR, 8, PdfLook.MUTED),
                Element.ALIGN_LEFT, 26, 0);
        note.setLeading(11);
        document.add(note);
    }

    private static Paragraph paragraph(String text, Font font, int alignment, float before, float after) {
        Paragraph paragraph = new Paragraph(LEADING, PdfLook.winAnsi(text), font);
        paragraph.setAlignment(alignment);
        paragraph.setIndentationLeft(INDENT);
        paragraph.setIndentationRight(INDENT);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    /**
     * The person's fields side by side on a panel, the label small above its value, as the extracts' panel; as wide as
     * the paragraphs under it.
     */
    private static PdfPTable personBlock(CertificateLetter letter, float width) {
        PdfPTable block = new PdfPTable(letter.person().size());
        block.setTotalWidth(width);
        block.setLockedWidth(true);
        block.setSpacingAfter(20);
        float[] widths = new float[letter.person().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i == 0 ? 2 : 1; // the name is the long one
        }
        block.setWidths(widths);
        for (Field field : letter.person()) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setBackgroundColor(PdfLook.PANEL);
            cell.setPadding(8);
            cell.setPaddingTop(5);
            Paragraph label = new Paragraph(11, PdfLook.winAnsi(field.label()),
                    PdfLook.font(PdfLook.BOLD, 7.5f, PdfLook.CASS_BLUE));
            cell.addElement(label);
            cell.addElement(new Paragraph(14, PdfLook.winAnsi(field.value()),
                    PdfLook.font(PdfLook.BOLD, 10.5f, PdfLook.INK)));
            block.addCell(cell);
        }
        return block;
    }
}
