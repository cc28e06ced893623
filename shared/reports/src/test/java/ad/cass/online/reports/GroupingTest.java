package ad.cass.online.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Subtotals per group (issue 19: the income extract's years): after each group's last row, a row with the group's
 * sums; the grand total still adds every row. Both writers, read back.
 */
class GroupingTest {
    static final List<Column> COLUMNS = List.of(new Column("Període", ColumnType.TEXT, 1, false),
            new Column("Concepte", ColumnType.TEXT, 2, false), new Column("Import", ColumnType.MONEY, 1, true));
    /** Three years: 2024 with 3 rows, 2025 with 250 (past a PDF flush of 200), 2026 with 1. */
    static final List<List<Object>> ROWS = rows();

    static List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(Arrays.asList("0" + (i + 1) + "/2024", "Salari base", 1_000_00L + i));
        }
        for (int i = 0; i < 250; i++) {
            rows.add(Arrays.asList(String.format("%02d/2025", 1 + i % 12), "Hores extraordinàries", 10_01L + i));
        }
        rows.add(Arrays.asList("01/2026", "Salari base", 2_525_33L));
        return rows;
    }

    static long sumOf(String year) {
        return ROWS.stream().filter(r -> ((String) r.get(0)).endsWith(year)).mapToLong(r -> (Long) r.get(2)).sum();
    }

    static TableReport report() {
        return new TableReport() {
            @Override
            public ReportHeading heading() {
                return Samples.heading();
            }

            @Override
            public List<Column> columns() {
                return COLUMNS;
            }

            @Override
            public void rows(Consumer<List<Object>> sink) {
                ROWS.forEach(sink);
            }

            @Override
            public Grouping grouping() {
                return new Grouping(row -> ((String) row.get(0)).substring(3), "Total {0}");
            }
        };
    }

    @Test
    void thePdfHasASubtotalAfterEachYearAndTheGrandTotal() {
        String all = String.join("\n", Samples.pages(Samples.pdf(report())));
        List<String> sums = all.lines().filter(line -> line.startsWith("Total")).toList();
        assertEquals(List.of(
                "Total 2024 " + ad.cass.online.domain.format.CatalanFormat.money(sumOf("2024")),
                "Total 2025 " + ad.cass.online.domain.format.CatalanFormat.money(sumOf("2025")),
                "Total 2026 " + ad.cass.online.domain.format.CatalanFormat.money(sumOf("2026")),
                "Total " + ad.cass.online.domain.format.CatalanFormat.money(sumOf("2024") + sumOf("2025") + sumOf("2026"))), sums);
        assertTrue(all.indexOf("Total 2024") < all.indexOf("01/2025"), "2024's subtotal before 2025's first row");
    }

    @Test
    void theSpreadsheetHasTheSameRowsWithValuesAndNoFilterThatWouldScatterThem() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Samples.xlsx(report())))) {
            XSSFSheet sheet = book.getSheetAt(0);
            int head = -1;
            for (Row row : sheet) {
                if (row.getCell(0) != null && "Període".equals(row.getCell(0).getStringCellValue())) {
                    head = row.getRowNum();
                }
            }
            assertTrue(head > 0);
            Row after2024 = sheet.getRow(head + 4);
            assertEquals("Total 2024", after2024.getCell(0).getStringCellValue());
            assertEquals(sumOf("2024"), Math.round(after2024.getCell(2).getNumericCellValue() * 100));
            Row after2025 = sheet.getRow(head + 4 + 250 + 1);
            assertEquals("Total 2025", after2025.getCell(0).getStringCellValue());
            assertEquals(sumOf("2025"), Math.round(after2025.getCell(2).getNumericCellValue() * 100));
            Row last = sheet.getRow(sheet.getLastRowNum());
            assertEquals("Total", last.getCell(0).getStringCellValue());
            assertEquals("Total 2026", sheet.getRow(sheet.getLastRowNum() - 1).getCell(0).getStringCellValue());
            assertEquals(sumOf("2024") + sumOf("2025") + sumOf("2026"), Math.round(last.getCell(2).getNumericCellValue() * 100));
            assertNull(sheet.getCTWorksheet().getAutoFilter(), "sorting would mix the subtotals into the rows");
        }
    }
}
