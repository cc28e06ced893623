package ad.cass.online.reports.extracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.contributions.ExtractPeriod;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.EmploymentStatus;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.reports.Readback;
import ad.cass.online.reports.TableReport;
import ad.cass.online.reports.Verification;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Whose extracts the tests write, when, and how they are checked. */
final class ExtractSamples {
    static final CassNumber WHO = CassNumber.of("123456A");
    static final Person PERSON = new Person(WHO, "Anna", "Puig Font", LocalDate.of(1968, 4, 2), InsuredType.DIRECT, null,
            null, EmploymentStatus.EMPLOYED, "anna.puig@example.ad", "AD", List.of());
    /** 19:05 in Andorra, 30 November 2026 */
    static final Instant ISSUED = Instant.parse("2026-11-30T18:05:00Z");
    static final LocalDate ISSUE_DAY = LocalDate.of(2026, 11, 30);
    static final String CODE = "7KQ2-M9XD-4H1T-ZC8P";
    static final Verification VERIFICATION = new Verification(CODE, URI.create("https://www.cass.ad/verificacio/" + CODE));
    static final ExtractPeriod LIFE = new ExtractPeriod(ExtractPeriod.Kind.LIFE, null, YearMonth.of(2026, 11));
    static final ExtractPeriod LAST_YEAR = new ExtractPeriod(ExtractPeriod.Kind.LAST_YEAR, YearMonth.of(2025, 1),
            YearMonth.of(2025, 12));

    private ExtractSamples() {
    }

    static ExtractPeriod custom(String from, String to) {
        return new ExtractPeriod(ExtractPeriod.Kind.CUSTOM, YearMonth.parse(from), YearMonth.parse(to));
    }

    /**
     * The words every extract has around the sample person's values, typed here in each language as a reader expects
     * them: the person, the CASS number, the date of issue (the portal's format in every language), the code, the page.
     */
    static List<String> commonWords(Language language) {
        return switch (language) {
            case CA -> List.of("Persona assegurada: Anna Puig Font", "Número CASS: 123456A",
                    "Data d'emissió: 30/11/2026 19:05", "Codi de verificació: " + CODE, "pàgina 1 de ");
            case ES -> List.of("Persona asegurada: Anna Puig Font", "Número CASS: 123456A",
                    "Fecha de emisión: 30/11/2026 19:05", "Código de verificación: " + CODE, "página 1 de ");
            case FR -> List.of("Personne assurée: Anna Puig Font", "Numéro CASS: 123456A",
                    "Date d'émission: 30/11/2026 19:05", "Code de vérification: " + CODE, "page 1 sur ");
            case EN -> List.of("Insured person: Anna Puig Font", "CASS number: 123456A", "Date of issue: 30/11/2026 19:05",
                    "Verification code: " + CODE, "page 1 of ");
        };
    }

    /**
     * The PDF of a report written in {@code language}, its pages after checking the first: the title, the words every
     * extract has, the period ("Període: ...", as {@code period} gives it whole) and the column heads, in that language.
     */
    static List<String> pdfIn(TableReport report, Language language, String title, String period, List<String> heads) {
        List<String> pages = Readback.pages(Readback.pdf(report));
        String first = flat(pages.get(0));
        assertTrue(first.contains(title), first);
        commonWords(language).forEach(words -> assertTrue(first.contains(words), words + " in " + first));
        assertTrue(first.contains(period), period + " in " + first);
        assertTrue(first.contains(String.join(" ", heads)), heads + " in " + first);
        return pages;
    }

    /**
     * The spreadsheet of a report written in {@code language}, after checking it: the sheet is named after the title,
     * the title heads it and the page header, the person and the period are labelled in that language, the column heads
     * are. The caller closes it.
     */
    static XSSFWorkbook xlsxIn(TableReport report, Language language, String title, String period, List<String> heads) {
        XSSFWorkbook workbook = Readback.workbook(Readback.xlsx(report));
        assertEquals(WorkbookUtil.createSafeSheetName(title), workbook.getSheetName(0));
        Sheet sheet = workbook.getSheetAt(0);
        assertEquals(title, sheet.getRow(1).getCell(0).getStringCellValue());
        assertEquals(title, sheet.getHeader().getRight());
        for (String labelled : List.of(commonWords(language).get(0), commonWords(language).get(1), period)) {
            String[] field = labelled.split(": ", 2);
            assertEquals(field[1], sheet.getRow(rowStarting(sheet, field[0])).getCell(1).getStringCellValue(), labelled);
        }
        headRow(sheet, heads);
        return workbook;
    }

    /** A page's text with every run of white space as one space: a column head may wrap inside its cell. */
    static String flat(String page) {
        return page.replaceAll("\\s+", " ");
    }

    /** The index of the first row whose first cell reads {@code text}: the head of the table, a total. */
    static int rowStarting(Sheet sheet, String text) {
        for (int i = 0; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row != null && row.getCell(0) != null && text.equals(row.getCell(0).toString())) {
                return i;
            }
        }
        throw new AssertionError("no row starts with " + text);
    }

    /** The index of the table's head, the row that reads {@code heads}. */
    static int headRow(Sheet sheet, List<String> heads) {
        for (int i = 0; i <= sheet.getLastRowNum(); i++) {
            if (sheet.getRow(i) != null && texts(sheet.getRow(i)).equals(heads)) {
                return i;
            }
        }
        throw new AssertionError("no row reads " + heads);
    }

    /** The texts of a row's cells, from the first, as far as the row goes. */
    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            texts.add(row.getCell(i) == null ? "" : row.getCell(i).toString());
        }
        return texts;
    }

    /** The lines of every page that start with {@code prefix}, in order. */
    static List<String> lines(List<String> pages, String prefix) {
        return String.join("\n", pages).lines().filter(line -> line.startsWith(prefix)).collect(Collectors.toList());
    }
}
