package ad.cass.online.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.extracts.VerificationCodes;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: "Every document carries a verification code ... and a QR code of the verification URL, on every page".
 * The QR code is decoded from the rendered first and last pages of a long document, as a phone would read it.
 */
class VerificationTest {
    static final String CODE = VerificationCodes.next();
    static final URI URL = URI.create("https://www.cass.ad/verificacio/" + CODE);
    static final Verification VERIFICATION = new Verification(CODE, URL);
    static final String LINE = "Codi de verificació: " + CODE + " · " + URL;
    private static byte[] pdf;
    private static List<String> pages;

    @BeforeAll
    static void write() {
        pdf = Readback.pdf(verified(Samples.report(600)));
        pages = Readback.pages(pdf);
    }

    static TableReport verified(TableReport report) {
        ReportHeading heading = report.heading().withVerification(VERIFICATION);
        return new TableReport() {
            @Override
            public ReportHeading heading() {
                return heading;
            }

            @Override
            public List<Column> columns() {
                return report.columns();
            }

            @Override
            public void rows(Consumer<List<Object>> sink) {
                report.rows(sink);
            }
        };
    }

    @Test
    void theQrCodeOfTheFirstAndTheLastPageIsTheUrl() {
        assertTrue(pages.size() > 2, "a long document");
        assertEquals(Optional.of(URL.toString()), Readback.qr(Readback.render(pdf, 0, 200)));
        assertEquals(Optional.of(URL.toString()), Readback.qr(Readback.render(pdf, pages.size() - 1, 200)));
    }

    @Test
    void thePortraitPageToo() {
        byte[] narrow = Readback.pdf(verified(Samples.report(Samples.COLUMNS.subList(0, 6), 3,
                i -> Samples.row(i).subList(0, 6))));
        assertEquals(Optional.of(URL.toString()), Readback.qr(Readback.render(narrow, 0, 200)));
        assertTrue(Readback.pages(narrow).get(0).contains(LINE));
    }

    @Test
    void everyPageSaysTheCodeAndTheUrlAndStillItsNumber() {
        for (int page = 1; page <= pages.size(); page++) {
            String text = pages.get(page - 1);
            assertTrue(text.contains(LINE), text);
            assertTrue(text.contains("pàgina " + page + " de " + pages.size()), text);
            assertTrue(text.contains("CASS Online · " + Samples.ISSUED_TEXT), text);
        }
    }

    /** Nothing printed inside the QR code's square: neither a row of the table nor "pàgina X de Y". */
    @Test
    void nothingIsPrintedOverTheQrCode() {
        float right = 842 - PdfLook.SIDE_MARGIN; // landscape: eight columns
        float top = PdfLook.VERIFIED_BOTTOM_MARGIN - 14 - 3;
        for (int page : new int[] {0, 1, pages.size() - 1}) {
            List<Readback.Glyph> glyphs = Readback.glyphs(pdf, page);
            assertTrue(glyphs.size() > 100);
            for (Readback.Glyph glyph : glyphs) {
                boolean inside = glyph.right() > right - PdfLook.QR_SIZE && glyph.left() < right
                        && glyph.baseline() > top - PdfLook.QR_SIZE - 2 && glyph.baseline() < top + 8;
                assertFalse(inside, "«" + glyph.text() + "» at " + glyph + " on page " + (page + 1));
            }
        }
    }

    @Test
    void aDocumentWithoutVerificationHasNeitherCodeNorQr() {
        byte[] plain = Readback.pdf(Samples.report(3));
        assertFalse(Readback.pages(plain).get(0).contains("Codi de verificació"));
        assertEquals(Optional.empty(), Readback.qr(Readback.render(plain, 0, 200)));
    }

    @Test
    void theSpreadsheetHasALabelledLineAndThePrintedFooter() {
        try (XSSFWorkbook workbook = Readback.workbook(Readback.xlsx(verified(Samples.report(3))))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("Data d'emissió", sheet.getRow(6).getCell(0).getStringCellValue());
            Row line = sheet.getRow(7);
            assertEquals("Codi de verificació", line.getCell(0).getStringCellValue());
            Cell value = line.getCell(1);
            assertEquals(CODE + " · " + URL, value.getStringCellValue());
            assertEquals(URL.toString(), value.getHyperlink().getAddress());
            assertEquals("Data", sheet.getRow(9).getCell(0).getStringCellValue(), "an empty row, then the heads");
            assertEquals("&8" + LINE, sheet.getFooter().getLeft());
            assertEquals("pàgina &P de &N", sheet.getFooter().getRight());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theQrCodeHasTheStandardQuietZoneAndFitsItsSquare() {
        com.google.zxing.common.BitMatrix modules = QrMark.modules(URL.toString());
        assertEquals(modules.getWidth(), modules.getHeight());
        for (int i = 0; i < modules.getWidth(); i++) {
            for (int q = 0; q < QrMark.QUIET_ZONE; q++) {
                assertFalse(modules.get(i, q) || modules.get(q, i) || modules.get(i, modules.getWidth() - 1 - q)
                        || modules.get(modules.getWidth() - 1 - q, i), "quiet zone");
            }
        }
        assertTrue(PdfLook.QR_SIZE / modules.getWidth() > 1, "modules of more than a point (0.35 mm)");
    }
}
