package ad.cass.online.reports;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.net.URI;
import java.util.Map;

/**
 * The QR code of a document's verification URL (issue 20), drawn as vector squares: sharp at any zoom and on any
 * printer, and no image library (ZXing's core computes the modules; no AWT rendering, no javase module). Drawn once
 * into a template that every page then places, so a long document carries the code's path once.
 *
 * <p>Error correction M (15 % of the code may be smudged: a folded or stamped page still scans) and the standard
 * quiet zone of four modules, inside the given size, so nothing printed beside it touches the code.
 */
final class QrMark {
    static final int QUIET_ZONE = 4;

    private QrMark() {
    }

    /** A template {@code size} points square, the quiet zone included, that holds the QR code of {@code url}. */
    static PdfTemplate template(PdfContentByte canvas, URI url, float size) {
        BitMatrix modules = modules(url.toString());
        float module = size / modules.getWidth();
        PdfTemplate mark = canvas.createTemplate(size, size);
        mark.setColorFill(Color.BLACK);
        // one path of horizontal runs, filled once: adjacent squares of one fill show no hairline seams when rendered
        for (int y = 0; y < modules.getHeight(); y++) {
            int x = 0;
            while (x < modules.getWidth()) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int run = x;
                while (run < modules.getWidth() && modules.get(run, y)) {
                    run++;
                }
                // the matrix counts rows from the top, PDF from the bottom
                mark.rectangle(x * module, size - (y + 1) * module, (run - x) * module, module);
                x = run;
            }
        }
        mark.fill();
        return mark;
    }

    /** The modules, quiet zone included, one bit each: the smallest matrix the URL fits in. */
    static BitMatrix modules(String text) {
        try {
            return new QRCodeWriter().encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalArgumentException("a verification URL too long for a QR code: " + text.length() + " characters", e);
        }
    }
}
