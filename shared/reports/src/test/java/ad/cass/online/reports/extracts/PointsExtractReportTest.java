package ad.cass.online.reports.extracts;

import static ad.cass.online.reports.extracts.ExtractSamples.ISSUED;
import static ad.cass.online.reports.extracts.ExtractSamples.PERSON;
import static ad.cass.online.reports.extracts.ExtractSamples.VERIFICATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.contributions.PointsYear;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.reports.Readback;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 000 §2.2.1, "Extracte de punts": the points of each year, exact in thousandths, and their total. */
class PointsExtractReportTest {
    /** 2003 to 2026, given newest first: the extract sorts them. 2010 has 1.234,567 points. */
    static final List<PointsYear> YEARS = years();

    static List<PointsYear> years() {
        List<PointsYear> years = new ArrayList<>();
        for (int year = 2026; year >= 2003; year--) {
            years.add(new PointsYear(ExtractSamples.WHO, year, year == 2010 ? 1_234_567 : 40_000 + (year * 7_919L) % 900_000));
        }
        return years;
    }

    static long sum(int from, int to) {
        return YEARS.stream().filter(y -> y.year() >= from && y.year() <= to).mapToLong(PointsYear::pointsThousandths).sum();
    }

    static String line(int year) {
        PointsYear points = YEARS.stream().filter(y -> y.year() == year).findFirst().orElseThrow();
        return year + " " + CatalanFormat.thousandths(points.pointsThousandths());
    }

    @Test
    void theWholeLifeYearByYearOldestFirstAndTheTotal() {
        List<String> pages = Readback.pages(Readback.pdf(new PointsExtractReport(PERSON, ExtractSamples.LIFE, ISSUED, YEARS,
                VERIFICATION)));
        String all = String.join("\n", pages);
        int at = 0;
        for (int year = 2003; year <= 2026; year++) {
            int found = all.indexOf("\n" + line(year) + "\n", at);
            assertTrue(found >= 0, line(year) + " after " + at + "\n" + all);
            at = found;
        }
        assertTrue(all.contains("\n2010 1.234,567\n"), all);
        assertEquals(List.of("Total " + CatalanFormat.thousandths(sum(2003, 2026))), ExtractSamples.lines(pages, "Total"));
        String first = pages.get(0);
        assertTrue(first.contains("Extracte de punts de vellesa"), first);
        assertTrue(first.contains("Persona assegurada: Anna Puig Font"), first);
        assertTrue(first.contains("Número CASS: 123456A"), first);
        assertTrue(first.contains("Període: Tota la vida (2003 – 2026)"), first);
        assertTrue(first.contains("Data d'emissió: 30/11/2026 19:05"), first);
        pages.forEach(page -> assertTrue(page.contains("Codi de verificació: " + ExtractSamples.CODE), page));
    }

    @Test
    void theLastYearAndASpecificPeriodTakeTheYearsWithin() {
        List<String> last = Readback.pages(Readback.pdf(new PointsExtractReport(PERSON, ExtractSamples.LAST_YEAR, ISSUED,
                YEARS, VERIFICATION)));
        assertTrue(last.get(0).contains("Període: L'any anterior (2025)"), last.get(0));
        assertTrue(last.get(0).contains("\n" + line(2025) + "\n"));
        assertEquals(List.of("Total " + CatalanFormat.thousandths(sum(2025, 2025))), ExtractSamples.lines(last, "Total"));
        assertEquals(List.of(), ExtractSamples.lines(last, "2024"));

        PointsExtractReport custom = new PointsExtractReport(PERSON, ExtractSamples.custom("2020-03", "2024-06"), ISSUED,
                YEARS, null);
        assertEquals(List.of(2020, 2021, 2022, 2023, 2024), custom.years().stream().map(PointsYear::year).toList());
        List<String> pages = Readback.pages(Readback.pdf(custom));
        assertTrue(pages.get(0).contains("Període: Període específic (2020 – 2024)"), pages.get(0));
        assertEquals(List.of("Total " + CatalanFormat.thousandths(sum(2020, 2024))), ExtractSamples.lines(pages, "Total"));
    }

    @Test
    void theSpreadsheetHoldsPointsAsNumbersWithThreeDecimals() throws IOException {
        try (XSSFWorkbook workbook = Readback.workbook(Readback.xlsx(new PointsExtractReport(PERSON, ExtractSamples.LIFE,
                ISSUED, YEARS, VERIFICATION)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int head = 0;
            while (!"Any".equals(text(sheet.getRow(head)))) {
                head++;
            }
            for (int year = 2003; year <= 2026; year++) {
                Row row = sheet.getRow(head + 1 + year - 2003);
                assertEquals(Integer.toString(year), row.getCell(0).getStringCellValue());
                assertEquals("#,##0.000", row.getCell(1).getCellStyle().getDataFormatString());
                assertEquals(sum(year, year), Math.round(row.getCell(1).getNumericCellValue() * 1000));
            }
            Row total = sheet.getRow(head + 25);
            assertEquals("Total", total.getCell(0).getStringCellValue());
            assertEquals(sum(2003, 2026), Math.round(total.getCell(1).getNumericCellValue() * 1000));
            assertTrue(sheet.getFooter().getLeft().contains(ExtractSamples.CODE));
        }
    }

    /** Issue 20: every fixed word in the person's language; the points and their total as in Catalan. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "CA | Extracte de punts de vellesa    | Període: Tota la vida (2003 – 2026)        | Any;Punts de vellesa       | Total",
        "ES | Extracto de puntos de vejez     | Período: Toda la vida laboral (2003 – 2026) | Año;Puntos de vejez        | Total",
        "FR | Relevé des points de vieillesse | Période: Toute la carrière (2003 – 2026)    | Année;Points de vieillesse | Total",
        "EN | Old-age points statement        | Period: Whole working life (2003 – 2026)   | Year;Old-age points        | Total"})
    void inThePersonsLanguage(Language language, String title, String period, String heads, String total) throws IOException {
        PointsExtractReport report = new PointsExtractReport(PERSON, ExtractSamples.LIFE, ISSUED, YEARS, VERIFICATION,
                language);
        List<String> columns = List.of(heads.split(";"));
        List<String> pages = ExtractSamples.pdfIn(report, language, title, period, columns);
        assertTrue(pages.get(0).contains("\n2010 1.234,567\n"), pages.get(0));
        assertEquals(List.of(total + " " + CatalanFormat.thousandths(sum(2003, 2026))), ExtractSamples.lines(pages, total));
        try (XSSFWorkbook workbook = ExtractSamples.xlsxIn(report, language, title, period, columns)) {
            Row last = workbook.getSheetAt(0).getRow(workbook.getSheetAt(0).getLastRowNum());
            assertEquals(total, last.getCell(0).getStringCellValue());
            assertEquals(sum(2003, 2026), Math.round(last.getCell(1).getNumericCellValue() * 1000));
        }
    }

    @Test
    void withoutALanguageItIsCatalan() {
        assertEquals(new PointsExtractReport(PERSON, ExtractSamples.LIFE, ISSUED, YEARS, VERIFICATION, Language.CA),
                new PointsExtractReport(PERSON, ExtractSamples.LIFE, ISSUED, YEARS, VERIFICATION));
    }

    private static String text(Row row) {
        return row == null || row.getCell(0) == null ? null : row.getCell(0).toString();
    }
}
