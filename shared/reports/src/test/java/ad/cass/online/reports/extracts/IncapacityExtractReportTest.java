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
import ad.cass.online.domain.settings.Language;
import ad.cass.online.reports.Readback;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /**
     * Issue 20: every fixed word in the person's language, the kinds of row and the payers too; the days, the amounts
     * and the totals, in the heading and at the foot, as in Catalan.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "CA | Extracte de pròrrogues i pagaments d'incapacitat temporal         | Període: Tota la vida (05/2019 – 11/2026)         | Baixa;Moviment;Declarant o pagador;Data;Fins a;Dies;Import diari;Import         | Baixa;Pròrroga;Pagament       | Empresa   | En curs  | Pagat per la CASS: 25 dies  | Pagat per l'empresa: 35 dies   | Total",
        "ES | Extracto de prórrogas y pagos de incapacidad temporal             | Período: Toda la vida laboral (05/2019 – 11/2026) | Baja;Movimiento;Declarante o pagador;Fecha;Hasta;Días;Importe diario;Importe   | Baja;Prórroga;Pago            | Empresa   | En curso | Pagado por la CASS: 25 días | Pagado por la empresa: 35 días | Total",
        "FR | Relevé des prolongations et des paiements d'incapacité temporaire | Période: Toute la carrière (05/2019 – 11/2026)    | Arrêt;Mouvement;Déclarant ou payeur;Date;Jusqu'au;Jours;Montant journalier;Montant | Arrêt;Prolongation;Paiement | Employeur | En cours | Payé par la CASS: 25 jours  | Payé par l'employeur: 35 jours | Total",
        "EN | Statement of temporary incapacity extensions and payments        | Period: Whole working life (05/2019 – 11/2026)   | Leave;Entry;Declarant or payer;Date;Until;Days;Daily amount;Amount            | Sick leave;Extension;Payment  | Employer  | Ongoing  | Paid by CASS: 25 days       | Paid by the employer: 35 days  | Total"})
    void inThePersonsLanguage(Language language, String title, String period, String heads, String kinds, String employer,
                              String ongoing, String byCass, String byEmployer, String total) throws IOException {
        IncapacityExtractReport report = new IncapacityExtractReport(PERSON, ExtractSamples.LIFE, ISSUED, LEAVES,
                VERIFICATION, language);
        List<String> columns = List.of(heads.split(";"));
        String[] kind = kinds.split(";");
        List<String> pages = ExtractSamples.pdfIn(report, language, title, period, columns);
        String first = ExtractSamples.flat(pages.get(0));
        assertTrue(first.contains(byCass + " · " + CatalanFormat.money(24 * 45_50 + 1_525_33)), first);
        assertTrue(first.contains(byEmployer + " · " + CatalanFormat.money(5 * 48_10 + 15 * 61_25 + 15 * 61_25)), first);
        assertEquals(List.of(
                "IT-2019-0031 " + kind[0] + " 501877 · Supermercats Pyrénées SA 06/05/2019 10/05/2019",
                "IT-2019-0031 " + kind[2] + " " + employer + " 06/05/2019 10/05/2019 5 48,10 € 240,50 €",
                "IT-2025-0107 " + kind[0] + " 507342 · Banc Andorrà de Crèdit SA 03/03/2025 11/04/2025",
                "IT-2025-0107 " + kind[1] + " 14/03/2025 31/03/2025",
                "IT-2025-0107 " + kind[1] + " 31/03/2025 11/04/2025",
                "IT-2025-0107 " + kind[2] + " " + employer + " 03/03/2025 17/03/2025 15 61,25 € 918,75 €",
                "IT-2025-0107 " + kind[2] + " CASS 18/03/2025 10/04/2025 24 45,50 € 1.092,00 €",
                "IT-2025-0107 " + kind[2] + " CASS 11/04/2025 11/04/2025 1 1.525,33 € 1.525,33 €",
                "IT-2026-0412 " + kind[0] + " 507342 · Banc Andorrà de Crèdit SA 02/11/2026 " + ongoing,
                "IT-2026-0412 " + kind[1] + " 16/11/2026 04/12/2026",
                "IT-2026-0412 " + kind[2] + " " + employer + " 02/11/2026 16/11/2026 15 61,25 € 918,75 €"),
                ExtractSamples.lines(pages, "IT-"));
        assertEquals(List.of(total(LEAVES).replaceFirst("Total", total)), ExtractSamples.lines(pages, total));
        try (XSSFWorkbook workbook = ExtractSamples.xlsxIn(report, language, title, period, columns)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int head = ExtractSamples.headRow(sheet, columns);
            assertEquals(kind[2], sheet.getRow(head + 8).getCell(1).getStringCellValue());
            assertEquals(1525.33, sheet.getRow(head + 8).getCell(7).getNumericCellValue());
            assertEquals(ongoing, sheet.getRow(head + 9).getCell(4).getStringCellValue());
            Row last = sheet.getRow(head + 12);
            assertEquals(total, last.getCell(0).getStringCellValue());
            long cents = LEAVES.stream().flatMap(l -> l.payments().stream()).mapToLong(DaysPaid::amountCents).sum();
            assertEquals(cents, Math.round(last.getCell(7).getNumericCellValue() * 100));
            assertEquals(5 + 15 + 24 + 1 + 15, (int) last.getCell(5).getNumericCellValue());
        }
    }

    /** French counts none as singular: "0 jour"; the others say "0 dies", "0 días", "0 days". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "CA | Pagat per la CASS: 0 dies · 0,00 €  | Pagat per l'empresa: 5 dies · 240,50 €",
        "ES | Pagado por la CASS: 0 días · 0,00 € | Pagado por la empresa: 5 días · 240,50 €",
        "FR | Payé par la CASS: 0 jour · 0,00 €   | Payé par l'employeur: 5 jours · 240,50 €",
        "EN | Paid by CASS: 0 days · 0,00 €       | Paid by the employer: 5 days · 240,50 €"})
    void noDaysAndSomeDaysInEachLanguage(Language language, String byCass, String byEmployer) {
        String first = ExtractSamples.flat(Readback.pages(Readback.pdf(new IncapacityExtractReport(PERSON,
                ExtractSamples.custom("2019-01", "2019-12"), ISSUED, LEAVES, null, language))).get(0));
        assertTrue(first.contains(byCass), first);
        assertTrue(first.contains(byEmployer), first);
    }

    @Test
    void withoutALanguageItIsCatalan() {
        assertEquals(new IncapacityExtractReport(PERSON, ExtractSamples.LIFE, ISSUED, LEAVES, VERIFICATION, Language.CA),
                new IncapacityExtractReport(PERSON, ExtractSamples.LIFE, ISSUED, LEAVES, VERIFICATION));
    }
}
