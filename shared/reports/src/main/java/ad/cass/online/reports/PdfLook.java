package ad.cass.online.reports;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The look shared by every CASS document: colours, fonts, margins and the table cell. One place, so that a
 * list export, a benefit-sheet copy and a certificate letter look like papers from the same office. What the letters
 * ({@code reports.letters}) draw with is public; the table's cells stay here.
 */
public final class PdfLook {
    /** CASS's dark blue-teal: the institution's name, the rules, the table heads. */
    public static final Color CASS_BLUE = new Color(0x0B, 0x4F, 0x6C);
    public static final Color INK = new Color(0x1F, 0x29, 0x30);
    public static final Color MUTED = new Color(0x5C, 0x68, 0x70);
    static final Color RULE = new Color(0xC5, 0xD1, 0xD8);
    public static final Color PANEL = new Color(0xF2, 0xF6, 0xF8);
    static final Color WHITE = Color.WHITE;

    /**
     * Helvetica in WinAnsi (Cp1252), which has every Catalan letter, the middle dot of l·l and the euro sign.
     * One of the PDF standard 14, referenced rather than embedded: no font file travels in the jar or the PDF,
     * and every reader has it or its metric twin (Nimbus Sans, Liberation Sans). A character outside Cp1252 (ŀ, Polish ł,
     * Romanian ș) would be dropped: {@link #winAnsi} turns the Catalan ŀ into l· before it gets here.
     */
    public static final BaseFont REGULAR = base(BaseFont.HELVETICA);
    public static final BaseFont BOLD = base(BaseFont.HELVETICA_BOLD);

    public static final float SIDE_MARGIN = 36;
    /** room for the header band drawn on every page by {@link PageFrame} */
    static final float TOP_MARGIN = 80;
    /** room for the footer drawn on every page by {@link PageFrame} */
    static final float BOTTOM_MARGIN = 50;
    /**
     * room for the footer of a verified document (issue 20): the code's line and, beside it, the QR code of
     * {@value #QR_SIZE} points (1.8 cm, its quiet zone included) above an 8 mm edge that every printer prints
     */
    public static final float VERIFIED_BOTTOM_MARGIN = 92;
    public static final float QR_SIZE = 51;

    static final float BODY_SIZE = 8.5f;
    static final float TABLE_SIZE = 8;

    private PdfLook() {
    }

    private static BaseFont base(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Font font(BaseFont base, float size, Color color) {
        return new Font(base, size, Font.NORMAL, color);
    }

    static Document document(Rectangle size) {
        return document(size, false);
    }

    /** A verified document's footer is taller (the QR code): the table stops higher on every page. */
    public static Document document(Rectangle size, boolean verified) {
        return new Document(size, SIDE_MARGIN, SIDE_MARGIN, TOP_MARGIN, verified ? VERIFIED_BOTTOM_MARGIN : BOTTOM_MARGIN);
    }

    /**
     * Opens a document onto the caller's stream with the frame drawn on every page. The stream stays open when
     * the document closes: it is the caller's (an S3 upload, a response body), and so is closing it.
     */
    static void open(Document document, OutputStream out, PageFrame frame, String title) {
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPageEvent(frame);
        document.addTitle(title);
        document.addAuthor("CASS");
        document.addCreator("CASS Online");
        document.open();
    }

    /** Runs what writes the body, then closes the document, which writes the page numbers and the trailer. */
    public static void writeAndClose(Document document, Runnable body) {
        try {
            body.run();
        } catch (RuntimeException e) {
            try {
                document.close();
            } catch (RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        document.close();
    }

    /**
     * Column widths in points from the columns' relative widths, each at least wide enough for what its type
     * prints ({@code 99.999,99 €}, {@code 05/03/2026 19:05}): the extra is taken from the columns above their
     * minimum, in proportion, so a caller's rough widths never make a date or an amount wrap.
     */
    static float[] widths(List<Column> columns, float available) {
        float relative = 0;
        for (Column column : columns) {
            relative += column.relativeWidth();
        }
        float[] widths = new float[columns.size()];
        float total = 0;
        float slack = 0;
        for (int i = 0; i < widths.length; i++) {
            float minimum = minimumWidth(columns.get(i).type());
            widths[i] = Math.max(minimum, columns.get(i).relativeWidth() / relative * available);
            total += widths[i];
            slack += widths[i] - minimum;
        }
        float excess = total - available;
        if (excess > 0 && slack > excess) {
            for (int i = 0; i < widths.length; i++) {
                float minimum = minimumWidth(columns.get(i).type());
                widths[i] -= excess * (widths[i] - minimum) / slack;
            }
        }
        return widths; // relative to each other: the table takes the page's width, whatever their sum
    }

    private static float minimumWidth(ColumnType type) {
        return switch (type) {
            case MONEY -> 58;
            case DATE_TIME -> 70;
            case DATE -> 50;
            case PERCENT -> 36;
            case THOUSANDTHS -> 50;
            case INTEGER -> 34;
            case TEXT -> 40;
        };
    }

    /** The Catalan ŀ (U+0140, U+013F) as l· and L·, which Cp1252 has; everything else as given. */
    public static String winAnsi(String text) {
        if (text.indexOf('\u0140') < 0 && text.indexOf('\u013F') < 0) {
            return text;
        }
        return text.replace("\u0140", "l\u00B7").replace("\u013F", "L\u00B7");
    }

    static Phrase phrase(String text, Font font) {
        return new Phrase(winAnsi(text), font);
    }

    /** A table cell: a thin rule below, no side borders, room to breathe. */
    static PdfPCell cell(String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(phrase(text, font));
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4);
        cell.setPaddingLeft(3);
        cell.setPaddingRight(3);
        return cell;
    }

    /** A column head: white on CASS blue. */
    static PdfPCell headCell(String text, int align) {
        PdfPCell cell = cell(text, font(BOLD, TABLE_SIZE, WHITE), align);
        cell.setBackgroundColor(CASS_BLUE);
        cell.setBorderColor(CASS_BLUE);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(5);
        return cell;
    }

    /** A cell of the total row: bold, a firm rule above. */
    static PdfPCell totalCell(String text, int align) {
        PdfPCell cell = cell(text, font(BOLD, TABLE_SIZE, INK), align);
        cell.setBorder(Rectangle.TOP | Rectangle.BOTTOM);
        cell.setBorderColorTop(CASS_BLUE);
        cell.setBorderWidthTop(1);
        cell.setBackgroundColor(PANEL);
        return cell;
    }

    /** A group's subtotal: bold on white, a thin rule above, so the grand total's band still stands out. */
    static PdfPCell subtotalCell(String text, int align) {
        PdfPCell cell = cell(text, font(BOLD, TABLE_SIZE, INK), align);
        cell.setBorder(Rectangle.TOP);
        cell.setBorderColorTop(MUTED);
        cell.setBorderWidthTop(0.5f);
        return cell;
    }

    /** Numbers right, dates centred, words left: how columns of figures are read and added by eye. */
    static int alignment(ColumnType type) {
        return switch (type) {
            case MONEY, INTEGER, PERCENT, THOUSANDTHS -> Element.ALIGN_RIGHT;
            case DATE, DATE_TIME -> Element.ALIGN_CENTER;
            case TEXT -> Element.ALIGN_LEFT;
        };
    }
}
