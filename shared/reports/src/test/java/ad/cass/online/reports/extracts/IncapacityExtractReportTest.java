package ad.cass.online.reports.extracts;

import static ad.cass.online.reports.extracts.ExtractSamples.ISSUED;
import static ad.cass.online.reports.extracts.ExtractSamples.PERSON;
import static ad.cass.online.reports.extracts.ExtractSamples.VERIFICATION;
import static ad.cass.online.reports.extracts.ExtractSamples.WHO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.benefits.SickLeave;
import ad.cass.online.domain.benefits.SickLeave.DaysPaid;
import ad.cass.online.domain.benefits.SickLeave.Extension;
import ad.cass.online.domain.benefits.SickLeave.Payer;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.reports.Readback;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Seeds 001/002, "L'extracte de pròrrogues i pagaments d'incapacitat temporal": leaves, extensions, payments, totals. */
class IncapacityExtractReportTest {
    static final SickLeave OLD = new SickLeave(WHO, "IT-2019-0031", "501877", "Supermercats Pyrénées SA",
            LocalDate.of(2019, 5, 6), LocalDate.of(2019, 5, 10), List.of(),
            List.of(new DaysPaid(LocalDate.of(2019, 5, 6), LocalDate.of(2019, 5, 10), Payer.EMPLOYER, 48_10, LocalDate.of(2019, 6, 1))));
    static final SickLeave SPRING = new SickLeave(WHO, "IT-2025-0107", "507342", "Banc Andorrà de Crèdit SA",
            LocalDate.of(2025, 3, 3), LocalDate.of(2025, 4, 11),
            List.of(new Extension(LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 31)),
                    new Extension(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 11))),
            List.of(new DaysPaid(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 17), Payer.EMPLOYER, 61_25, LocalDate.of(2025, 3, 31)),
                    new DaysPaid(LocalDate.of(2025, 3, 18), LocalDate.of(2025, 4, 10), Payer.CASS, 45_50, LocalDate.of(2025, 4, 30)),
                    new DaysPaid(LocalDate.of(2025, 4, 11), LocalDate.of(2025, 4, 11), Payer.CASS, 1_525_33, LocalDate.of(2025, 4, 30))));
    /** still open on the day of issue */
    static final SickLeave NOW = new SickLeave(WHO, "IT-2026-0412", "507342", "Banc Andorrà de Crèdit SA",
            LocalDate.of(2026, 11, 2), null, List.of(new Extension(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 4))),
            List.of(new DaysPaid(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 16), Payer.EMPLOYER, 61_25, LocalDate.of(2026, 11, 30))));
    static final List<SickLeave> LEAVES = List.of(NOW, OLD, SPRING);

    static String payment(DaysPaid paid) {
        return "Pagament " + (paid.payer() == Payer.CASS ? "CASS" : "Empresa") + " " + CatalanFormat.date(paid.from()) + " "
                + CatalanFormat.date(paid.to()) + " " + paid.days() + " " + CatalanFormat.money(paid.dailyCents()) + " "
                + CatalanFormat.money(paid.amountCents());
    }

    static String total(List<SickLeave> leaves) {
        long days = leaves.stream().flatMap(l -> l.payments().stream()).mapToLong(DaysPaid::days).sum();
        long cents = leaves.stream().flatMap(l -> l.payments().stream()).mapToLong(p -> p.dailyCents() * p.days()).sum();
        return "Total " + CatalanFormat.integer(days) + " " + CatalanFormat.money(cents);
    }

    @Test
    void everyLeaveItsExtensionsAndPaymentsOldestFirstAndTheTotals() {
        List<String> pages = Readback.pages(Readback.pdf(new IncapacityExtractReport(PERSON, ExtractSamples.LIFE, ISSUED,
                LEAVES, VERIFICATION)));
        String all = String.join("\n", pages);
        List<String> expected = List.of(
                "IT-2019-0031 Baixa 501877 · Supermercats Pyrénées SA 06/05/2019 10/05/2019",
                "IT-2019-0031 " + payment(OLD.payments().get(0)),
                "IT-2025-0107 Baixa 507342 · Banc Andorrà de Crèdit SA 03/03/2025 11/04/2025",
                "IT-2025-0107 Pròrroga 14/03/2025 31/03/2025",
                "IT-2025-0107 Pròrroga 31/03/2025 11/04/2025",
                "IT-2025-0107 " + payment(SPRING.payments().get(0)),
                "IT-2025-0107 " + payment(SPRING.payments().get(1)),
                "IT-2025-0107 " + payment(SPRING.payments().get(2)),
                "IT-2026-0412 Baixa 507342 · Banc Andorrà de Crèdit SA 02/11/2026 En curs",
                "IT-2026-0412 Pròrroga 16/11/2026 04/12/2026",
                "IT-2026-0412 " + payment(NOW.payments().get(0)));
        assertEquals(expected, ExtractSamples.lines(pages, "IT-"));
        assertTrue(all.contains("Pagament CASS 11/04/2025 11/04/2025 1 1.525,33 € 1.525,33 €"), all);
        assertEquals(List.of(total(LEAVES)), ExtractSamples.lines(pages, "Total"));
        String first = pages.get(0);
        assertTrue(first.contains("Extracte de pròrrogues i pagaments d'incapacitat temporal"), first);
        assertTrue(first.contains("Persona assegurada: Anna Puig Font"), first);
        assertTrue(first.contains("Número CASS: 123456A"), first);
        assertTrue(first.contains("Període: Tota la vida (05/2019 – 11/2026)"), first);
        long cassDays = 24 + 1;
        long cassCents = 24 * 45_50 + 1_525_33;
        assertTrue(first.contains("Pagat per la CASS: " + cassDays + " dies · " + CatalanFormat.money(cassCents)), first);
        assertTrue(first.contains("Pagat per l'empresa: " + (5 + 15 + 15) + " dies · "
                + CatalanFormat.money(5 * 48_10 + 15 * 61_25 + 15 * 61_25)), first);
        assertTrue(first.contains("Codi de verificació: " + ExtractSamples.CODE), first);
    }

    @Test
    void aPeriodKeepsTheLeavesThatOverlapIt() {
        IncapacityExtractReport report = new IncapacityExtractReport(PERSON, ExtractSamples.custom("2025-04", "2026-10"),
                ISSUED, LEAVES, VERIFICATION);
        assertEquals(List.of(SPRING), report.leaves(), "began in March, lasted into April; NOW began in November");
        List<String> pages = Readback.pages(Readback.pdf(report));
        assertEquals(List.of(total(List.of(SPRING))), ExtractSamples.lines(pages, "Total"));
        assertTrue(pages.get(0).contains("Període: Període específic (04/2025 – 10/2026)"), pages.get(0));
        IncapacityExtractReport lastYear = new IncapacityExtractReport(PERSON, ExtractSamples.LAST_YEAR, ISSUED, LEAVES, null);
        assertEquals(List.of(SPRING), lastYear.leaves());
    }

    @Test
    void theSpreadsheetCarriesDaysAndAmountsOnPaymentRowsOnly() throws IOException {
        try (XSSFWorkbook workbook = Readback.workbook(Readback.xlsx(new IncapacityExtractReport(PERSON, ExtractSamples.LIFE,
                ISSUED, LEAVES, VERIFICATION)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int head = 0;
            while (sheet.getRow(head) == null || !"Baixa".equals(sheet.getRow(head).getCell(0).toString())) {
                head++;
            }
            Row leave = sheet.getRow(head + 3);
            assertEquals("Baixa", leave.getCell(1).getStringCellValue());
            assertNull(leave.getCell(5));
            assertNull(leave.getCell(7));
            Row paid = sheet.getRow(head + 8);
            assertEquals("Pagament", paid.getCell(1).getStringCellValue());
            assertEquals(1525.33, paid.getCell(7).getNumericCellValue());
            assertEquals("En curs", sheet.getRow(head + 9).getCell(4).getStringCellValue());
            Row total = sheet.getRow(head + 12);
            assertEquals("Total", total.getCell(0).getStringCellValue());
            long cents = LEAVES.stream().flatMap(l -> l.payments().stream()).mapToLong(DaysPaid::amountCents).sum();
            assertEquals(cents, Math.round(total.getCell(7).getNumericCellValue() * 100));
            assertEquals(5 + 15 + 24 + 1 + 15, (int) total.getCell(5).getNumericCellValue());
        }
    }
}
