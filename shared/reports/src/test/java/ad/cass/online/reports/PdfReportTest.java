package ad.cass.online.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.format.CatalanFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the PDFs back with PDFBox: what a person sees on each page, against the data. */
class PdfReportTest {
    private static final int ROWS = 600;
    private static byte[] pdf;
    private static List<String> pages;

    @BeforeAll
    static void write() {
        pdf = Samples.pdf(Samples.report(ROWS));
        pages = Samples.pages(pdf);
    }

    @Test
    void numbersEveryPageOutOfTheTotal() {
        int count = pages.size();
        assertTrue(count > 1, "600 rows take more than a page");
        for (int page = 1; page <= count; page++) {
            assertTrue(pages.get(page - 1).contains("pàgina " + page + " de " + count), "page " + page);
        }
        assertTrue(pages.get(0).contains("pàgina 1 de " + count));
        assertTrue(pages.get(count - 1).contains("pàgina " + count + " de " + count));
    }

    @Test
    void headerBandFooterAndColumnHeadsOnEveryPage() {
        for (String page : pages) {
            assertTrue(page.contains("Caixa Andorrana de Seguretat Social"), page);
            assertTrue(page.contains(Samples.TITLE), page);
            assertTrue(page.contains("CASS Online · " + Samples.ISSUED_TEXT), page);
            assertTrue(page.contains("Concepte") && page.contains("Quantitat") && page.contains("Taxa"), page);
        }
    }

    @Test
    void firstPageSaysWhoseWhichAndWhen() {
        String first = pages.get(0);
        assertTrue(first.contains("Persona assegurada: Anna Puig Font"), first);
        assertTrue(first.contains("Número CASS: 123456A"), first);
        assertTrue(first.contains("Període: 01/01/2026 – 30/11/2026"), first);
        assertTrue(first.contains("Tipus: Totes les prestacions"), first);
        assertTrue(first.contains("Data d'emissió: " + Samples.ISSUED_TEXT), first);
        assertFalse(pages.get(1).contains("Anna Puig Font"), "the person block is on the first page only");
    }

    @Test
    void valuesAreWrittenTheCatalanWay() {
        String first = pages.get(0);
        assertTrue(first.contains("05/03/2026"), first);
        assertTrue(first.contains("1.525,33 €"), first);
        assertTrue(first.contains("87,5 %"), first);
        assertTrue(first.contains("75 %"), first);
        assertTrue(first.contains(CatalanFormat.dateTime((java.time.Instant) Samples.row(1).get(1))), first);
        assertTrue(first.contains("Cancel·lació de visita") && first.contains("Sessió de fisioteràpia")
                && first.contains("Visita d'oftalmologia") && first.contains("Ortopèdia"), first);
    }

    @Test
    void everyRowOnceAndInOrder() {
        String all = String.join("\n", pages);
        int at = 0;
        for (int i = 0; i < ROWS; i++) {
            int found = all.indexOf(Samples.sheet(i), at);
            assertTrue(found >= 0, "row " + i + " after offset " + at);
            at = found + 1;
            assertEquals(-1, all.indexOf(Samples.sheet(i), found + 1), "row " + i + " twice");
        }
    }

    @Test
    void totalsAddUpTheRows() {
        String last = pages.get(pages.size() - 1);
        String totalLine = last.lines().filter(line -> line.startsWith("Total")).findFirst().orElseThrow();
        String quantity = ad.cass.online.domain.format.CatalanFormat.integer(Samples.sum(ROWS, 4));
        String paid = CatalanFormat.money(Samples.sum(ROWS, 5));
        String reimbursed = CatalanFormat.money(Samples.sum(ROWS, 7));
        assertEquals("Total " + quantity + " " + paid + " " + reimbursed, totalLine);
        assertEquals(1, String.join("\n", pages).lines().filter(line -> line.startsWith("Total")).count());
    }

    @Test
    void landscapePastSixColumnsAndMetadata() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle box = document.getPage(0).getMediaBox();
            assertTrue(box.getWidth() > box.getHeight(), "eight columns: landscape");
            PDDocumentInformation info = document.getDocumentInformation();
            assertEquals(Samples.TITLE, info.getTitle());
            assertEquals("CASS", info.getAuthor());
            assertEquals("CASS Online", info.getCreator());
        }
        byte[] narrow = Samples.pdf(Samples.report(Samples.COLUMNS.subList(0, 6), 3,
                i -> Samples.row(i).subList(0, 6)));
        try (PDDocument document = Loader.loadPDF(narrow)) {
            PDRectangle box = document.getPage(0).getMediaBox();
            assertTrue(box.getWidth() < box.getHeight(), "six columns: portrait");
        }
    }

    @Test
    void anEmptyReportSaysSoInsteadOfAnEmptyTable() {
        List<String> empty = Samples.pages(Samples.pdf(Samples.report(0)));
        assertEquals(1, empty.size());
        String page = empty.get(0);
        assertTrue(page.contains("No hi ha cap registre amb aquests criteris."), page);
        assertFalse(page.contains("Concepte"), page);
        assertFalse(page.contains("Total"), page);
        assertTrue(page.contains("pàgina 1 de 1"), page);
        assertTrue(page.contains("Data d'emissió: " + Samples.ISSUED_TEXT), page);
    }

    @Test
    void otherLanguagesLabelsAndTheCatalanLDot() {
        ReportLabels english = new ReportLabels("Andorran Social Security Fund", "Issued on", "page {0} of {1}",
                "Total", "No records.");
        ReportHeading heading = new ReportHeading("Reimbursements", List.of(), List.of(), Samples.ISSUED, english);
        List<Column> columns = List.of(new Column("Concept", ColumnType.TEXT, 1, false));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Cance\u0140lació"));
        String page = Samples.pages(Samples.pdf(new TableReport() {
            @Override
            public ReportHeading heading() {
                return heading;
            }

            @Override
            public List<Column> columns() {
                return columns;
            }

            @Override
            public void rows(java.util.function.Consumer<List<Object>> sink) {
                rows.forEach(sink);
            }
        })).get(0);
        assertTrue(page.contains("page 1 of 1"), page);
        assertTrue(page.contains("Issued on: " + Samples.ISSUED_TEXT), page);
        assertTrue(page.contains("Cancel·lació"), page);
    }

    @Test
    void aValueOfTheWrongTypeNamesItsColumn() {
        List<Column> columns = List.of(new Column("Import", ColumnType.MONEY, 1, true));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> PdfReport.write(
                Samples.report(columns, 1, i -> List.of(15.25)), new ByteArrayOutputStream()));
        assertTrue(refused.getMessage().contains("Import"), refused.getMessage());
    }

    @Test
    void leavesTheCallersStreamOpen() {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        PdfReport.write(Samples.report(3), out);
        assertFalse(closed[0]);
        assertTrue(out.size() > 0);
    }
}
