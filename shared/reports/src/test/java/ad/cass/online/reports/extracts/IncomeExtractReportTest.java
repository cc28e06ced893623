package ad.cass.online.reports.extracts;

import static ad.cass.online.reports.extracts.ExtractSamples.ISSUED;
import static ad.cass.online.reports.extracts.ExtractSamples.PERSON;
import static ad.cass.online.reports.extracts.ExtractSamples.VERIFICATION;
import static ad.cass.online.reports.extracts.ExtractSamples.WHO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.contributions.ContributionService;
import ad.cass.online.domain.contributions.ExtractPeriod;
import ad.cass.online.domain.contributions.IncomeConcept;
import ad.cass.online.domain.contributions.IncomeMonth;
import ad.cass.online.domain.contributions.Scheme;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.reports.Readback;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 000 §2.1.4, the income extract, moved here from the contributions function: the same columns, Catalan schemes,
 * yearly subtotals and period line; now with the verification on every page when issued.
 */
class IncomeExtractReportTest {
    /** 09/2024 to 11/2026, two declarants a month, two concepts each: 108 rows, three pages. The first is 1.525,33 €. */
    static final List<IncomeMonth> MONTHS = months();

    static List<IncomeMonth> months() {
        List<IncomeMonth> months = new ArrayList<>();
        int i = 0;
        for (YearMonth m = YearMonth.of(2024, 9); !m.isAfter(YearMonth.of(2026, 11)); m = m.plusMonths(1)) {
            months.add(new IncomeMonth(WHO, m, "501877", "Supermercats Pyrénées SA", Scheme.GENERAL, List.of(
                    new IncomeConcept("SB", "Salari base", i == 0 ? 1_525_33 : 1_800_00 + i),
                    new IncomeConcept("HE", "Hores extraordinàries", 120_00 + i))));
            months.add(new IncomeMonth(WHO, m, "820451", "Anna Puig Font - Disseny", Scheme.SELF_EMPLOYED, List.of(
                    new IncomeConcept("RA", "Rendiment d'activitat", 900_00 + 3L * i),
                    new IncomeConcept("AL", "Altres", 10_00))));
            i++;
        }
        return months;
    }

    static IncomeExtractReport report(ExtractPeriod period, YearMonth from, YearMonth to) {
        return report(period, from, to, Language.CA);
    }

    static IncomeExtractReport report(ExtractPeriod period, YearMonth from, YearMonth to, Language language) {
        return new IncomeExtractReport(new ContributionService.IncomeExtract(PERSON, period, from, to, ISSUED,
                sink -> MONTHS.stream().filter(m -> !m.period().isBefore(from) && !m.period().isAfter(to)).forEach(sink)),
                VERIFICATION, language);
    }

    static long sum(int year) {
        return MONTHS.stream().filter(m -> m.period().getYear() == year).mapToLong(IncomeMonth::grossCents).sum();
    }

    @Test
    void everyConceptYearlySubtotalsAndTheCodeAndQrOnEveryPage() {
        byte[] pdf = Readback.pdf(report(ExtractSamples.LIFE, YearMonth.of(2024, 9), YearMonth.of(2026, 11)));
        List<String> pages = Readback.pages(pdf);
        assertTrue(pages.size() > 2, "three pages");
        String first = pages.get(0);
        assertTrue(first.contains("Extracte d'ingressos i bases de cotització"), first);
        assertTrue(first.contains("Persona assegurada: Anna Puig Font"), first);
        assertTrue(first.contains("Període: Tota la vida (09/2024 – 11/2026)"), first);
        assertTrue(first.contains("09/2024 501877 Supermercats Pyrénées SA General Salari base 1.525,33 €"), first);
        assertTrue(first.contains("09/2024 820451 Anna Puig Font - Disseny Compte propi Rendiment d'activitat 900,00 €"), first);
        assertEquals(MONTHS.size() * 2, ExtractSamples.lines(pages, "").stream()
                .filter(line -> line.matches("\\d\\d/20\\d\\d .*")).count(), "every concept once");
        assertEquals(List.of("Total 2024 " + CatalanFormat.money(sum(2024)), "Total 2025 " + CatalanFormat.money(sum(2025)),
                "Total 2026 " + CatalanFormat.money(sum(2026)), "Total " + CatalanFormat.money(sum(2024) + sum(2025) + sum(2026))),
                ExtractSamples.lines(pages, "Total"));
        pages.forEach(page -> assertTrue(page.contains("Codi de verificació: " + ExtractSamples.CODE + " · "
                + VERIFICATION.url()), page));
        String url = VERIFICATION.url().toString();
        assertEquals(Optional.of(url), Readback.qr(Readback.render(pdf, 0, 200)));
        assertEquals(Optional.of(url), Readback.qr(Readback.render(pdf, pages.size() - 1, 200)));
    }

    @Test
    void theLastYearAndASpecificPeriodAreNamedAsTheFormNamesThem() {
        String last = Readback.pages(Readback.pdf(report(ExtractSamples.LAST_YEAR, YearMonth.of(2025, 1),
                YearMonth.of(2025, 12)))).get(0);
        assertTrue(last.contains("Període: L'any anterior (2025)"), last);
        assertFalse(last.contains("Total 2024"), last);
        String custom = Readback.pages(Readback.pdf(report(ExtractSamples.custom("2025-01", "2025-06"), YearMonth.of(2025, 1),
                YearMonth.of(2025, 6)))).get(0);
        assertTrue(custom.contains("Període: Període específic (01/2025 – 06/2025)"), custom);
    }

    @Test
    void withoutVerificationItIsTheDownloadAsBefore() {
        IncomeExtractReport download = new IncomeExtractReport(new ContributionService.IncomeExtract(PERSON,
                ExtractSamples.LIFE, null, YearMonth.of(2026, 11), ISSUED, sink -> { }));
        assertEquals(null, download.heading().verification());
        String page = Readback.pages(Readback.pdf(download)).get(0);
        assertTrue(page.contains("Període: Tota la vida (– – 11/2026)"), page);
        assertFalse(page.contains("Codi de verificació"), page);
    }

    @Test
    void theSpreadsheetHasTheSubtotalsAndTheCode() throws IOException {
        try (XSSFWorkbook workbook = Readback.workbook(Readback.xlsx(report(ExtractSamples.LIFE, YearMonth.of(2024, 9),
                YearMonth.of(2026, 11))))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int head = 0;
            while (sheet.getRow(head) == null || !"Període".equals(sheet.getRow(head).getCell(0).toString())
                    || !"Núm. declarant".equals(String.valueOf(sheet.getRow(head).getCell(1)))) {
                head++;
            }
            assertEquals("Codi de verificació", sheet.getRow(head - 2).getCell(0).getStringCellValue());
            Row after2024 = sheet.getRow(head + 1 + 4 * 4);
            assertEquals("Total 2024", after2024.getCell(0).getStringCellValue());
            assertEquals(sum(2024), Math.round(after2024.getCell(5).getNumericCellValue() * 100));
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertEquals(sum(2024) + sum(2025) + sum(2026), Math.round(total.getCell(5).getNumericCellValue() * 100));
        }
    }

    /**
     * Issue 20: every fixed word in the person's language (the concepts and declarants are the store's data, as
     * declared); the amounts, the yearly subtotals and the total as in Catalan.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "CA | Extracte d'ingressos i bases de cotització    | Període: Tota la vida (09/2024 – 11/2026)         | Període;Núm. declarant;Declarant;Règim;Concepte;Import brut         | General;Compte propi  | Total",
        "ES | Extracto de ingresos y bases de cotización    | Período: Toda la vida laboral (09/2024 – 11/2026) | Período;N.º declarante;Declarante;Régimen;Concepto;Importe bruto  | General;Cuenta propia | Total",
        "FR | Relevé des revenus et des bases de cotisation | Période: Toute la carrière (09/2024 – 11/2026)    | Période;N° déclarant;Déclarant;Régime;Rubrique;Montant brut        | Général;Indépendant   | Total",
        "EN | Statement of income and contribution bases    | Period: Whole working life (09/2024 – 11/2026)   | Period;Declarant no.;Declarant;Scheme;Item;Gross amount            | General;Self-employed | Total"})
    void inThePersonsLanguage(Language language, String title, String period, String heads, String schemes,
                              String total) throws IOException {
        IncomeExtractReport report = report(ExtractSamples.LIFE, YearMonth.of(2024, 9), YearMonth.of(2026, 11), language);
        List<String> columns = List.of(heads.split(";"));
        List<String> pages = ExtractSamples.pdfIn(report, language, title, period, columns);
        String first = pages.get(0);
        String[] scheme = schemes.split(";");
        assertTrue(first.contains("09/2024 501877 Supermercats Pyrénées SA " + scheme[0] + " Salari base 1.525,33 €"), first);
        assertTrue(first.contains("09/2024 820451 Anna Puig Font - Disseny " + scheme[1] + " Rendiment d'activitat 900,00 €"),
                first);
        assertEquals(List.of(total + " 2024 " + CatalanFormat.money(sum(2024)), total + " 2025 " + CatalanFormat.money(sum(2025)),
                total + " 2026 " + CatalanFormat.money(sum(2026)),
                total + " " + CatalanFormat.money(sum(2024) + sum(2025) + sum(2026))), ExtractSamples.lines(pages, total));
        try (XSSFWorkbook workbook = ExtractSamples.xlsxIn(report, language, title, period, columns)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int head = ExtractSamples.headRow(sheet, columns);
            assertEquals(scheme[1], sheet.getRow(head + 3).getCell(3).getStringCellValue());
            Row after2024 = sheet.getRow(head + 1 + 4 * 4);
            assertEquals(total + " 2024", after2024.getCell(0).getStringCellValue());
            assertEquals(sum(2024), Math.round(after2024.getCell(5).getNumericCellValue() * 100));
            Row last = sheet.getRow(sheet.getLastRowNum());
            assertEquals(total, last.getCell(0).getStringCellValue());
            assertEquals(sum(2024) + sum(2025) + sum(2026), Math.round(last.getCell(5).getNumericCellValue() * 100));
        }
    }

    @Test
    void withoutALanguageItIsCatalan() {
        ContributionService.IncomeExtract extract = new ContributionService.IncomeExtract(PERSON, ExtractSamples.LIFE, null,
                YearMonth.of(2026, 11), ISSUED, sink -> { });
        assertEquals(new IncomeExtractReport(extract, VERIFICATION, Language.CA), new IncomeExtractReport(extract, VERIFICATION));
        assertEquals(new IncomeExtractReport(extract, null, Language.CA), new IncomeExtractReport(extract));
    }
}
