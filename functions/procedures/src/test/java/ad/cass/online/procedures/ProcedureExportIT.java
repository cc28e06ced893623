package ad.cass.online.procedures;

import static ad.cass.online.testing.FunctionCalls.actingAs;
import static ad.cass.online.testing.FunctionCalls.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.procedures.DynamoProcedureStore;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.domain.procedures.ProcedureStatus;
import ad.cass.online.testing.Deployed;
import ad.cass.online.testing.FunctionCalls;
import ad.cass.online.testing.MutableClock;
import ad.cass.online.testing.TestPeople;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 18, {@code GET /procedures/export}: the table as shown, for the same filters, read back as its reader would
 * read it: the PDF's text with PDFBox, the spreadsheet's typed cells with POI.
 */
class ProcedureExportIT {
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final Deployed deployed = Deployed.freshForEachTest();

    FunctionCalls api;

    @BeforeEach
    void build() {
        var stack = deployed.stack();
        List<Procedure> procedures = new ArrayList<>();
        for (int i = 1; i <= 60; i++) { // sixty years of certificates: more than one page of the PDF, and of the Query
            LocalDate start = LocalDate.of(1966 + i, 5, 1);
            procedures.add(new Procedure(TestPeople.HOLDER, String.format("TA%d-2000%02d", start.getYear(), i),
                    "Certificat de cobertura sanitària", start, start.atTime(10, 15).toInstant(ZoneOffset.UTC), ProcedureStatus.FINISHED,
                    false, List.of()));
        }
        procedures.add(new Procedure(TestPeople.HOLDER, "TA2026-006120", "Modificació de dades personals", LocalDate.of(2026, 10, 28),
                Instant.parse("2026-10-28T09:15:00Z"), ProcedureStatus.PENDING, false, List.of()));
        procedures.add(new Procedure(TestPeople.STUDENT, "TA2026-008802", "Declaració de la base de cotització (pràctiques)",
                LocalDate.of(2026, 9, 9), Instant.parse("2026-09-09T09:15:00Z"), ProcedureStatus.PENDING, true, List.of()));
        new DynamoProcedureStore(stack.dynamo(), stack.name("RecordsTable")).saveProcedures(procedures);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T18:05:00Z"));
        api = new FunctionCalls("procedures", Env.with(stack.environment("ProceduresFunction"),
                () -> new ProceduresApiFunction(ProceduresApiFunction.Services.fromEnvironment(clock))));
    }

    static byte[] document(APIGatewayV2HTTPResponse response) {
        assertEquals(200, response.getStatusCode(), response.getBody());
        assertTrue(response.getIsBase64Encoded());
        return Base64.getDecoder().decode(response.getBody());
    }

    @Test
    void thePdfIsTheSearchAsShownWithTheCassHeaderThePersonTheFiltersAndPageNumbers() throws Exception {
        APIGatewayV2HTTPResponse response = api.call("export.json", e -> { });
        assertEquals("application/pdf", response.getHeaders().get("Content-Type"));
        assertEquals("attachment; filename=\"tramits-100001A-20261130.pdf\"; filename*=UTF-8''tramits-100001A-20261130.pdf",
                response.getHeaders().get("Content-Disposition"));
        try (PDDocument pdf = Loader.loadPDF(document(response))) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 2, "sixty rows fill more than a page: " + pages);
            PDFTextStripper text = new PDFTextStripper();
            String all = text.getText(pdf);
            text.setStartPage(1);
            text.setEndPage(1);
            String first = text.getText(pdf);
            assertTrue(first.contains("Caixa Andorrana de Seguretat Social"), first);
            assertTrue(first.contains("Tràmits"), first);
            assertTrue(first.contains("Jordi Vidal Font") && first.contains("100001A"), first);
            assertTrue(first.contains("Certificat de cobertura sanitària"), "the type searched for: " + first);
            assertTrue(first.contains("30/11/2026 19:05"), "issued at Andorra's time: " + first);
            assertTrue(first.contains("pàgina 1 de " + pages), first);
            assertTrue(all.contains("pàgina " + pages + " de " + pages), all);
            for (int i = 1; i <= 60; i++) {
                assertTrue(all.contains(String.format("TA%d-2000%02d", 1966 + i, i)), "row " + i);
            }
            assertTrue(all.contains("01/05/2026") && all.contains("01/05/2026 12:15"), "the start date, and the change in Andorra's time");
            assertTrue(all.contains("Finalitzat"));
            assertFalse(all.contains("TA2026-006120"), "another type is not in the search");
        }
    }

    @Test
    void theSpreadsheetHasTypedCells() throws Exception {
        APIGatewayV2HTTPResponse response = api.call("export.json", query(Map.of("format", "xlsx", "status", "pending")));
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.getHeaders().get("Content-Type"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(document(response)))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = null;
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                        && row.getCell(0).getStringCellValue().equals("Codi")) {
                    header = row;
                }
            }
            assertTrue(header != null, "a header row");
            Row first = sheet.getRow(header.getRowNum() + 1);
            assertEquals("TA2026-006120", first.getCell(0).getStringCellValue());
            assertEquals("Modificació de dades personals", first.getCell(1).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(first.getCell(2)), "the start date is a date");
            assertEquals(LocalDate.of(2026, 10, 28), first.getCell(2).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(java.time.LocalDateTime.of(2026, 10, 28, 10, 15), first.getCell(3).getLocalDateTimeCellValue(),
                    "the change in Andorra's time");
            assertEquals("Pendent", first.getCell(4).getStringCellValue());
            assertEquals(null, sheet.getRow(header.getRowNum() + 2), "one pending procedure");
        }
    }

    @Test
    void actingForADependantTheExportLeavesTheirProfessionalProceduresOut() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(document(api.call("export.json", actingAs("dependant:100003C")
                .andThen(query(Map.of("format", "pdf", "status", "pending"))))))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Laia Vidal Serra") && text.contains("100003C"), text);
            assertFalse(text.contains("TA2026-008802"), "a professional procedure: " + text);
            assertTrue(text.contains("No hi ha cap registre"), text);
        }
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {"format=docx | format", "type=travel-form | format",
            "format=pdf&type=holidays | type", "format=pdf&type=travel-form&from=2026-05-01&to=2026-04-01 | from"})
    void aBadExportIsABadRequestNamingTheField(String rawQuery, String field) throws Exception {
        assertEquals(field, api.refusedField("export.json", FunctionCalls.rawQuery(rawQuery)));
    }
}
