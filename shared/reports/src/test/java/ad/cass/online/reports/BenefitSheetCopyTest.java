package ad.cass.online.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.reimbursements.Payee;
import ad.cass.online.domain.reimbursements.ReimbursedAct;
import ad.cass.online.domain.reimbursements.ReimbursementSheet;
import ad.cass.online.domain.reimbursements.ReimbursementStatus;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reads the copy of a benefit sheet back with PDFBox and holds it to the sheet. */
class BenefitSheetCopyTest {
    static final List<ReimbursedAct> ACTS = List.of(
            new ReimbursedAct(LocalDate.of(2026, 3, 5), "FIS01", "Sessió de fisioteràpia", 10, 3_500, 26_250),
            new ReimbursedAct(LocalDate.of(2026, 3, 12), "ANL02", "Anàlisi clínica: hemograma", 1, 4_233, 3_704),
            new ReimbursedAct(LocalDate.of(2026, 3, 20), "CAN03", "Cancel·lació de visita", 1, 0, 0));

    static ReimbursementSheet sheet(Payee payee, ReimbursementStatus status, List<ReimbursedAct> acts) {
        return new ReimbursementSheet(CassNumber.of("123456A"), "2026-004817", LocalDate.of(2026, 3, 5),
                "Centre de Fisioteràpia Escaldes", payee, status, acts);
    }

    static List<String> pages(ReimbursementSheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BenefitSheetCopy.write(sheet, "Anna Puig Font", Samples.ISSUED, out);
        return Samples.pages(out.toByteArray());
    }

    @Test
    void theCopySaysWhatTheSheetSays() {
        ReimbursementSheet sheet = sheet(Payee.PROVIDER, ReimbursementStatus.IN_PROGRESS, ACTS);
        List<String> pages = pages(sheet);
        assertEquals(1, pages.size());
        String page = pages.get(0);
        for (String expected : List.of("Caixa Andorrana de Seguretat Social", "Full de prestacions", "2026-004817",
                "Anna Puig Font", "Número CASS: 123456A", "Centre de Fisioteràpia Escaldes", "Data del primer acte",
                "05/03/2026", "Prestador (tercer pagador)", "En curs", "pàgina 1 de 1",
                "Còpia emesa per CASS Online el 30/11/2026 19:05")) {
            assertTrue(page.contains(expected), expected + " in\n" + page);
        }
        for (ReimbursedAct act : ACTS) {
            assertTrue(page.contains(act.description()), act.description());
            assertTrue(page.contains(act.code()), act.code());
            assertTrue(page.contains(CatalanFormat.date(act.date())), act.date().toString());
            assertTrue(page.contains(CatalanFormat.money(act.paidCents())), act.description());
            assertTrue(page.contains(CatalanFormat.money(act.reimbursedCents())), act.description());
        }
        assertTrue(page.contains("10 35,00 € 350,00 € 75 % 262,50 €"), page);
        assertTrue(page.contains("1 42,33 € 42,33 € 87,5 % 37,04 €"), page);
        assertTrue(page.contains("1 0,00 € 0,00 € 0 % 0,00 €"), "nothing paid, rate 0\n" + page);
        String total = page.lines().filter(line -> line.startsWith("Total")).findFirst().orElseThrow();
        assertEquals("Total " + CatalanFormat.money(sheet.paidCents()) + " "
                + CatalanFormat.percent(sheet.rateTenthsOfPercent()) + " "
                + CatalanFormat.money(sheet.reimbursedCents()), total);
        assertEquals("Total 392,33 € 76,3 % 299,54 €", total);
    }

    @ParameterizedTest
    @EnumSource(ReimbursementStatus.class)
    void everyStatusInWords(ReimbursementStatus status) {
        String page = pages(sheet(Payee.INSURED, status, ACTS)).get(0);
        assertTrue(page.contains(status.label()), page);
        assertTrue(page.contains("Destinatari del pagament\nPersona assegurada"), page);
    }

    @Test
    void aLongSheetRunsOntoMorePagesWithItsHeads() {
        List<ReimbursedAct> acts = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            acts.add(new ReimbursedAct(LocalDate.of(2026, 3, 5).plusDays(i), String.format("S%03d", i),
                    "Sessió de rehabilitació " + i, 1, 3_000, 2_250));
        }
        ReimbursementSheet sheet = sheet(Payee.INSURED, ReimbursementStatus.FINISHED, acts);
        List<String> pages = pages(sheet);
        assertTrue(pages.size() > 1);
        for (int page = 1; page <= pages.size(); page++) {
            String text = pages.get(page - 1);
            assertTrue(text.contains("pàgina " + page + " de " + pages.size()), text);
            assertTrue(text.contains("2026-004817") && text.contains("Import pagat"), text);
        }
        String last = pages.get(pages.size() - 1);
        assertTrue(last.contains("Total 2.100,00 € 75 % 1.575,00 €"), last);
    }
}
