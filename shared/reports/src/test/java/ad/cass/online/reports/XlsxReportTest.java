package ad.cass.online.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.format.CatalanFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reads the spreadsheets back with POI: typed cells, the layout around them, the totals. */
class XlsxReportTest {

    @Test
    void cellsAreTypedNotText() throws IOException {
        int rows = 40;
        try (XSSFWorkbook workbook = read(Samples.xlsx(Samples.report(rows)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int head = headRow(sheet);
            for (int i = 0; i < rows; i++) {
                List<Object> expected = Samples.row(i);
                Row row = sheet.getRow(head + 1 + i);

                Cell date = row.getCell(0);
                assertEquals(CellType.NUMERIC, date.getCellType());
                assertTrue(DateUtil.isCellDateFormatted(date));
                assertEquals("dd/mm/yyyy", date.getCellStyle().getDataFormatString());
                assertEquals(expected.get(0), date.getLocalDateTimeCellValue().toLocalDate());

                Cell registered = row.getCell(1);
                assertTrue(DateUtil.isCellDateFormatted(registered));
                assertEquals("dd/mm/yyyy hh:mm", registered.getCellStyle().getDataFormatString());
                assertEquals(((Instant) expected.get(1)).atZone(CatalanFormat.ANDORRA).toLocalDateTime(),
                        registered.getLocalDateTimeCellValue());

                assertEquals(CellType.STRING, row.getCell(2).getCellType());
                assertEquals(expected.get(2), row.getCell(2).getStringCellValue());
                assertEquals(expected.get(3), row.getCell(3).getStringCellValue());

                if (expected.get(4) == null) {
                    assertNull(row.getCell(4), "null is an empty cell");
                } else {
                    assertEquals(CellType.NUMERIC, row.getCell(4).getCellType());
                    assertEquals("#,##0", row.getCell(4).getCellStyle().getDataFormatString());
                    assertEquals(((Long) expected.get(4)).doubleValue(), row.getCell(4).getNumericCellValue());
                }

                for (int money : new int[] {5, 7}) {
                    Cell amount = row.getCell(money);
                    assertEquals(CellType.NUMERIC, amount.getCellType());
                    assertTrue(amount.getCellStyle().getDataFormatString().contains("€"));
                    assertEquals((Long) expected.get(money) / 100.0, amount.getNumericCellValue());
                    assertEquals((long) (Long) expected.get(money), Math.round(amount.getNumericCellValue() * 100));
                }

                Cell rate = row.getCell(6);
                int tenths = (Integer) expected.get(6);
                assertEquals(CellType.NUMERIC, rate.getCellType());
                assertEquals(tenths / 1000.0, rate.getNumericCellValue());
                assertEquals(tenths % 10 == 0 ? "0%" : "0.0%", rate.getCellStyle().getDataFormatString());
            }
            Row first = sheet.getRow(head + 1);
            assertEquals(1525.33, first.getCell(5).getNumericCellValue());
            assertEquals(0.875, first.getCell(6).getNumericCellValue());
            assertEquals(LocalDate.of(2026, 3, 5), first.getCell(0).getLocalDateTimeCellValue().toLocalDate());
        }
    }

    @Test
    void headingRowsSayWhoseWhichAndWhen() throws IOException {
        try (XSSFWorkbook workbook = read(Samples.xlsx(Samples.report(3)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("Caixa Andorrana de Seguretat Social", sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(Samples.TITLE, sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Persona assegurada", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("Anna Puig Font", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals("Número CASS", sheet.getRow(3).getCell(0).getStringCellValue());
            assertEquals("Període", sheet.getRow(4).getCell(0).getStringCellValue());
            assertEquals("01/01/2026 – 30/11/2026", sheet.getRow(4).getCell(1).getStringCellValue());
            Cell issued = sheet.getRow(6).getCell(1);
            assertEquals("Data d'emissió", sheet.getRow(6).getCell(0).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(issued));
            assertEquals("dd/mm/yyyy hh:mm", issued.getCellStyle().getDataFormatString());
            assertEquals(LocalDateTime.of(2026, 11, 30, 19, 5), issued.getLocalDateTimeCellValue());

            int head = headRow(sheet);
            assertEquals(8, head, "an empty row after the date of issue");
            Row heads = sheet.getRow(head);
            for (int i = 0; i < Samples.COLUMNS.size(); i++) {
                assertEquals(Samples.COLUMNS.get(i).heading(), heads.getCell(i).getStringCellValue());
                assertTrue(workbook.getFontAt(heads.getCell(i).getCellStyle().getFontIndex()).getBold());
            }
            PaneInformation pane = sheet.getPaneInformation();
            assertTrue(pane.isFreezePane());
            assertEquals(head + 1, pane.getHorizontalSplitTopRow());
            assertEquals("A9:H12", sheet.getCTWorksheet().getAutoFilter().getRef(), "head and data, not the total");
            assertEquals("pàgina &P de &N", sheet.getFooter().getCenter());
            assertEquals("Caixa Andorrana de Seguretat Social", sheet.getHeader().getLeft());
            assertEquals(Samples.TITLE, sheet.getHeader().getRight());
            assertTrue(sheet.getPrintSetup().getLandscape(), "eight columns");
            assertEquals(1, sheet.getPrintSetup().getFitWidth());
            assertTrue(sheet.getFitToPage());
            assertTrue(sheet.getColumnWidth(5) >= 14 * 256, "room for 1.525,33 €");
        }
    }

    @Test
    void fiveThousandRowsStreamAndTheTotalsAddUp() throws IOException {
        int rows = 6_000;
        long before = tempFiles();
        byte[] xlsx = Samples.xlsx(Samples.report(rows));
        assertEquals(before, tempFiles(), "the streamed rows' temporary file is deleted");
        try (XSSFWorkbook workbook = read(xlsx)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int head = headRow(sheet);
            assertEquals(head + rows + 1, sheet.getLastRowNum(), "the rows, then the total row");
            for (int i = 0; i < rows; i += 997) {
                assertEquals(Samples.sheet(i), sheet.getRow(head + 1 + i).getCell(2).getStringCellValue());
            }
            Row total = sheet.getRow(head + rows + 1);
            assertEquals("Total", total.getCell(0).getStringCellValue());
            assertEquals((double) Samples.sum(rows, 4), total.getCell(4).getNumericCellValue());
            for (int money : new int[] {5, 7}) {
                long cents = Samples.sum(rows, money);
                assertEquals(cents / 100.0, total.getCell(money).getNumericCellValue());
                assertEquals(cents, Math.round(total.getCell(money).getNumericCellValue() * 100));
                assertEquals(CellType.NUMERIC, total.getCell(money).getCellType(), "a value, not a formula");
                assertTrue(total.getCell(money).getCellStyle().getDataFormatString().contains("€"));
            }
            assertFalse(total.getCell(6) != null && total.getCell(6).getCellType() == CellType.NUMERIC,
                    "the rate is not totalled");
        }
    }

    @Test
    void aFailedExportLeavesNoTemporaryFileBehind() {
        long before = tempFiles();
        TableReport broken = Samples.report(Samples.COLUMNS, 1_000, i -> {
            List<Object> row = new java.util.ArrayList<>(Samples.row(i));
            if (i == 700) {
                row.set(5, 15.25); // euros as a double: refused
            }
            return row;
        });
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> XlsxReport.write(broken, new java.io.ByteArrayOutputStream()));
        assertTrue(refused.getMessage().contains("Import pagat"), refused.getMessage());
        assertEquals(before, tempFiles());
    }

    @Test
    void anEmptyReportSaysSoUnderTheHeads() throws IOException {
        try (XSSFWorkbook workbook = read(Samples.xlsx(Samples.report(0)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int head = headRow(sheet);
            assertEquals("No hi ha cap registre amb aquests criteris.",
                    sheet.getRow(head + 1).getCell(0).getStringCellValue());
            assertEquals(head + 1, sheet.getLastRowNum(), "no total row");
        }
    }

    @Test
    void portraitUpToSixColumns() throws IOException {
        TableReport narrow = Samples.report(Samples.COLUMNS.subList(0, 4), 2, i -> Samples.row(i).subList(0, 4));
        try (XSSFWorkbook workbook = read(Samples.xlsx(narrow))) {
            assertFalse(workbook.getSheetAt(0).getPrintSetup().getLandscape());
        }
    }

    /** The head row: the first whose first two cells are the first two headings. */
    private static int headRow(XSSFSheet sheet) {
        for (Row row : sheet) {
            Cell a = row.getCell(0);
            Cell b = row.getCell(1);
            if (a != null && b != null && a.getCellType() == CellType.STRING && b.getCellType() == CellType.STRING
                    && a.getStringCellValue().equals("Data") && b.getStringCellValue().equals("Registrat")) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no head row");
    }

    private static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    /** SXSSF's temporary files (POI puts them in java.io.tmpdir/poifiles). */
    private static long tempFiles() {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().startsWith("poi-sxssf")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
