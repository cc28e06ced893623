package ad.cass.online.reports;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Documents read back as a person (or their phone) would: a PDF's text per page, a page as an image, the QR code on
 * it decoded with ZXing's core (no javase module: the pixels go in as an int[]), a spreadsheet opened with POI.
 * Public for the extracts' tests.
 */
public final class Readback {
    private Readback() {
    }

    public static byte[] pdf(TableReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReport.write(report, out);
        return out.toByteArray();
    }

    public static byte[] xlsx(TableReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxReport.write(report, out);
        return out.toByteArray();
    }

    public static XSSFWorkbook workbook(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each page's text, as PDFBox extracts it. */
    public static List<String> pages(byte[] pdf) {
        return Samples.pages(pdf);
    }

    /** Page {@code index} (from 0) at {@code dpi}, in colour. */
    public static BufferedImage render(byte[] pdf, int index, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(index, dpi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The QR code found anywhere on the image, decoded; empty when there is none. */
    public static Optional<String> qr(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        try {
            return Optional.of(new MultiFormatReader().decode(bitmap, Map.of(
                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE), DecodeHintType.TRY_HARDER, true)).getText());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Page {@code index} as a PNG file, for a person to look at. */
    public static void png(byte[] pdf, int index, Path file) {
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(render(pdf, index, 110), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A glyph where it is printed, in PDF points from the page's bottom left. */
    public record Glyph(String text, float left, float right, float baseline) {
    }

    /** Every glyph of page {@code index} (from 0), with where it is. */
    public static List<Glyph> glyphs(byte[] pdf, int index) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float height = document.getPage(index).getMediaBox().getHeight();
            List<Glyph> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        glyphs.add(new Glyph(p.getUnicode(), p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj(),
                                height - p.getYDirAdj()));
                    }
                }
            };
            stripper.setStartPage(index + 1);
            stripper.setEndPage(index + 1);
            stripper.getText(document);
            return glyphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many pages. */
    public static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
