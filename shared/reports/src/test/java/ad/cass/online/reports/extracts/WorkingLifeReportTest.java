package ad.cass.online.reports.extracts;

import static ad.cass.online.reports.extracts.ExtractSamples.ISSUED;
import static ad.cass.online.reports.extracts.ExtractSamples.ISSUE_DAY;
import static ad.cass.online.reports.extracts.ExtractSamples.PERSON;
import static ad.cass.online.reports.extracts.ExtractSamples.VERIFICATION;
import static ad.cass.online.reports.extracts.ExtractSamples.WHO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.contributions.EmploymentPeriod;
import ad.cass.online.domain.contributions.ExtractPeriod;
import ad.cass.online.domain.contributions.Scheme;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.reports.Readback;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seeds 001/002, "L'informe de vida laboral": the periods of registration, their days, the total. */
class WorkingLifeReportTest {
    static final EmploymentPeriod SHOP = new EmploymentPeriod(WHO, "501877", "Supermercats Pyrénées SA", Scheme.GENERAL,
            LocalDate.of(2003, 9, 1), LocalDate.of(2011, 6, 30));
    static final EmploymentPeriod HOUSE = new EmploymentPeriod(WHO, "700112", "Joan Vidal Mas", Scheme.HOUSEHOLD,
            LocalDate.of(2010, 2, 15), LocalDate.of(2012, 1, 31));
    static final EmploymentPeriod OWN = new EmploymentPeriod(WHO, "820451", "Anna Puig Font - Disseny gràfic",
            Scheme.SELF_EMPLOYED, LocalDate.of(2012, 3, 1), LocalDate.of(2024, 3, 31));
    static final EmploymentPeriod BANK = new EmploymentPeriod(WHO, "507342", "Banc Andorrà de Crèdit SA", Scheme.GENERAL,
            LocalDate.of(2024, 4, 2), null);
    /** given in no order: the report sorts them */
    static final List<EmploymentPeriod> PERIODS = List.of(BANK, SHOP, OWN, HOUSE);

    /** Computed here apart from the report: inclusive days within [first, last], an open period to the issue day. */
    static long days(EmploymentPeriod p, LocalDate first, LocalDate last) {
        LocalDate end = p.to() == null ? ISSUE_DAY : p.to();
        LocalDate from = first != null && p.from().isBefore(first) ? first : p.from();
        LocalDate to = end.isAfter(last) ? last : end;
        return Math.max(0, ChronoUnit.DAYS.between(from, to) + 1);
    }

    static String line(EmploymentPeriod p, String scheme, LocalDate first, LocalDate last) {
        return p.declarantNumber() + " " + p.declarantName() + " " + scheme + " " + CatalanFormat.date(p.from()) + " "
                + (p.to() == null ? "Actualment" : CatalanFormat.date(p.to())) + " " + CatalanFormat.integer(days(p, first, last));
    }

    @Test
    void theWholeLifeOldestFirstWithTheDaysOfEachAndTheirTotal() {
        List<String> pages = Readback.pages(Readback.pdf(new WorkingLifeReport(PERSON, ExtractSamples.LIFE, ISSUED, PERIODS,
                VERIFICATION)));
        String all = String.join("\n", pages);
        List<String> expected = List.of(line(SHOP, "General", null, ISSUE_DAY), line(HOUSE, "Servei domèstic", null, ISSUE_DAY),
                line(OWN, "Compte propi", null, ISSUE_DAY), line(BANK, "General", null, ISSUE_DAY));
        int at = 0;
        for (String line : expected) {
            int found = all.indexOf(line, at);
            assertTrue(found >= 0, line + "\n" + all);
            at = found;
        }
        assertTrue(all.contains("02/04/2024 Actualment " + CatalanFormat.integer(
                ChronoUnit.DAYS.between(LocalDate.of(2024, 4, 2), ISSUE_DAY) + 1)), "an open period counts to the issue day");
        long total = PERIODS.stream().mapToLong(p -> days(p, null, ISSUE_DAY)).sum();
        assertEquals(List.of("Total " + CatalanFormat.integer(total)), ExtractSamples.lines(pages, "Total"));
        String first = pages.get(0);
        assertTrue(first.contains("Informe de vida laboral"), first);
        assertTrue(first.contains("Persona assegurada: Anna Puig Font"), first);
        assertTrue(first.contains("Número CASS: 123456A"), first);
        assertTrue(first.contains("Període: Tota la vida (09/2003 – 11/2026)"), first);
        assertTrue(first.contains("Codi de verificació: " + ExtractSamples.CODE), first);
    }

    @Test
    void aSpecificPeriodCountsTheDaysWithinItAndLeavesOutThePeriodsBefore() {
        ExtractPeriod period = ExtractSamples.custom("2011-01", "2012-12");
        LocalDate first = LocalDate.of(2011, 1, 1);
        LocalDate last = LocalDate.of(2012, 12, 31);
        WorkingLifeReport report = new WorkingLifeReport(PERSON, period, ISSUED, PERIODS, VERIFICATION);
        assertEquals(List.of(SHOP, HOUSE, OWN), report.periods());
        List<String> pages = Readback.pages(Readback.pdf(report));
        String all = String.join("\n", pages);
        assertTrue(all.contains(line(SHOP, "General", first, last)), all);
        assertTrue(all.contains(line(OWN, "Compte propi", first, last)), all);
        assertTrue(all.contains("Període: Període específic (01/2011 – 12/2012)"), all);
        long total = days(SHOP, first, last) + days(HOUSE, first, last) + days(OWN, first, last);
        assertEquals(181 + 396 + 306, total, "by hand: 2011-01-01..06-30, 2011-01-01..2012-01-31, 2012-03-01..12-31");
        assertEquals(List.of("Total " + CatalanFormat.integer(total)), ExtractSamples.lines(pages, "Total"));
    }

    @Test
    void theSpreadsheetHasDatesAndSaysActualmentForTheOpenPeriod() throws IOException {
        try (XSSFWorkbook workbook = Readback.workbook(Readback.xlsx(new WorkingLifeReport(PERSON, ExtractSamples.LIFE,
                ISSUED, PERIODS, VERIFICATION)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int head = 0;
            while (sheet.getRow(head) == null || !"Núm. declarant".equals(sheet.getRow(head).getCell(0).toString())) {
                head++;
            }
            Row shop = sheet.getRow(head + 1);
            assertEquals("501877", shop.getCell(0).getStringCellValue());
            assertEquals(SHOP.from(), shop.getCell(3).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("dd/mm/yyyy", shop.getCell(4).getCellStyle().getDataFormatString());
            assertEquals((double) days(SHOP, null, ISSUE_DAY), shop.getCell(5).getNumericCellValue());
            Row bank = sheet.getRow(head + 4);
            assertEquals(CellType.STRING, bank.getCell(4).getCellType());
            assertEquals("Actualment", bank.getCell(4).getStringCellValue());
            Row total = sheet.getRow(head + 5);
            assertEquals("Total", total.getCell(0).getStringCellValue());
            assertEquals((double) PERIODS.stream().mapToLong(p -> days(p, null, ISSUE_DAY)).sum(),
                    total.getCell(5).getNumericCellValue());
            assertNull(sheet.getRow(head + 6));
        }
    }

    /** Issue 20: every fixed word in the person's language, the schemes too; the dates and the days as in Catalan. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "CA | Informe de vida laboral | Període: Tota la vida (09/2003 – 11/2026)         | Núm. declarant;Declarant;Règim;Des de;Fins a;Dies   | General;Servei domèstic;Compte propi       | Actualment  | Total",
        "ES | Informe de vida laboral | Período: Toda la vida laboral (09/2003 – 11/2026) | N.º declarante;Declarante;Régimen;Desde;Hasta;Días  | General;Servicio doméstico;Cuenta propia   | Actualmente | Total",
        "FR | Relevé de carrière      | Période: Toute la carrière (09/2003 – 11/2026)    | N° déclarant;Déclarant;Régime;Début;Fin;Jours       | Général;Service domestique;Indépendant     | En cours    | Total",
        "EN | Working life report     | Period: Whole working life (09/2003 – 11/2026)   | Declarant no.;Declarant;Scheme;From;To;Days         | General;Domestic service;Self-employed     | Present     | Total"})
    void inThePersonsLanguage(Language language, String title, String period, String heads, String schemes, String current,
                              String total) throws IOException {
        WorkingLifeReport report = new WorkingLifeReport(PERSON, ExtractSamples.LIFE, ISSUED, PERIODS, VERIFICATION, language);
        List<String> columns = List.of(heads.split(";"));
        String[] scheme = schemes.split(";");
        List<String> pages = ExtractSamples.pdfIn(report, language, title, period, columns);
        String all = String.join("\n", pages);
        for (String line : List.of(line(SHOP, scheme[0], null, ISSUE_DAY), line(HOUSE, scheme[1], null, ISSUE_DAY),
                line(OWN, scheme[2], null, ISSUE_DAY), line(BANK, scheme[0], null, ISSUE_DAY).replace("Actualment", current))) {
            assertTrue(all.contains(line), line + "\n" + all);
        }
        long days = PERIODS.stream().mapToLong(p -> days(p, null, ISSUE_DAY)).sum();
        assertEquals(List.of(total + " " + CatalanFormat.integer(days)), ExtractSamples.lines(pages, total));
        try (XSSFWorkbook workbook = ExtractSamples.xlsxIn(report, language, title, period, columns)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int head = ExtractSamples.headRow(sheet, columns);
            assertEquals(scheme[1], sheet.getRow(head + 2).getCell(2).getStringCellValue());
            assertEquals(SHOP.from(), sheet.getRow(head + 1).getCell(3).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(current, sheet.getRow(head + 4).getCell(4).getStringCellValue());
            Row last = sheet.getRow(head + 5);
            assertEquals(total, last.getCell(0).getStringCellValue());
            assertEquals((double) days, last.getCell(5).getNumericCellValue());
        }
    }

    @Test
    void withoutALanguageItIsCatalan() {
        assertEquals(new WorkingLifeReport(PERSON, ExtractSamples.LIFE, ISSUED, PERIODS, VERIFICATION, Language.CA),
                new WorkingLifeReport(PERSON, ExtractSamples.LIFE, ISSUED, PERIODS, VERIFICATION));
    }
}
