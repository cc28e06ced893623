package ad.cass.online.reimbursements;

import static ad.cass.online.testing.FunctionCalls.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.reimbursements.DynamoReimbursementStore;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.reimbursements.BenefitKind;
import ad.cass.online.domain.reimbursements.Payee;
import ad.cass.online.domain.reimbursements.ReimbursedAct;
import ad.cass.online.domain.reimbursements.ReimbursementSheet;
import ad.cass.online.domain.reimbursements.ReimbursementStatus;
import ad.cass.online.testing.Deployed;
import ad.cass.online.testing.FunctionCalls;
import ad.cass.online.testing.MutableClock;
import ad.cass.online.testing.TestPeople;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The benefit sheets (seed 000 §2.1.3; issue 18) over HTTP, on the emulated tables. */
class ReimbursementsIT {
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final Deployed deployed = Deployed.freshForEachTest();

    FunctionCalls api;

    static ReimbursementSheet sheet(CassNumber who, String number, LocalDate first, ReimbursedAct... acts) {
        return new ReimbursementSheet(who, number, first, "Dr. Pere Soler Mas - Medicina general", Payee.INSURED,
                ReimbursementStatus.FINISHED, List.of(acts));
    }

    static ReimbursementSheet laboratory(ReimbursementSheet s) {
        return new ReimbursementSheet(s.subject(), s.sheetNumber(), s.firstActDate(), "Laboratori d'Anàlisis Clíniques Andorra",
                s.payee(), s.status(), s.acts(), BenefitKind.LABORATORY);
    }

    static ReimbursedAct act(LocalDate date, int quantity, long unitCents, long reimbursedCents) {
        return new ReimbursedAct(date, "C001", "Consulta de medicina general", quantity, unitCents, reimbursedCents);
    }

    @BeforeEach
    void build() {
        TestStack stack = deployed.stack();
        List<ReimbursementSheet> sheets = new ArrayList<>(List.of(
                sheet(TestPeople.HOLDER, "202603001", LocalDate.of(2026, 3, 4),
                        act(LocalDate.of(2026, 3, 4), 1, 45_00, 33_75), act(LocalDate.of(2026, 3, 11), 4, 41_00, 123_00)),
                laboratory(sheet(TestPeople.HOLDER, "202512007", LocalDate.of(2025, 12, 1), act(LocalDate.of(2025, 12, 1), 1, 38_40, 28_80))),
                sheet(TestPeople.HOLDER, "202511010", LocalDate.of(2025, 11, 30), act(LocalDate.of(2025, 11, 30), 1, 52_00, 39_00)),
                sheet(TestPeople.HOLDER, "201910002", LocalDate.of(2019, 10, 2), act(LocalDate.of(2019, 10, 2), 1, 23_75, 20_80)),
                sheet(TestPeople.CHILD, "202607003", LocalDate.of(2026, 7, 3), act(LocalDate.of(2026, 7, 3), 1, 52_00, 52_00)),
                sheet(TestPeople.STRANGER, "202606666", LocalDate.of(2026, 6, 6), act(LocalDate.of(2026, 6, 6), 1, 99_00, 74_25))));
        new DynamoReimbursementStore(stack.dynamo(), stack.name("RecordsTable")).saveReimbursements(sheets);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
        api = new FunctionCalls("reimbursements", Env.with(stack.environment("ReimbursementsFunction"), () -> new ReimbursementsApiFunction(ReimbursementsApiFunction.fromEnvironment(clock))));
    }




    static List<String> numbers(JsonNode list) {
        List<String> numbers = new ArrayList<>();
        list.get("sheets").forEach(s -> numbers.add(s.get("sheetNumber").asText()));
        return numbers;
    }

    /** Seed 000 §2.1.3: the last 12 months, counted back from today in Andorra; the totals add up. */
    @Test
    void theLastTwelveMonthsByDefaultNewestFirstWithTheirTotals() throws Exception {
        JsonNode list = api.ok("list.json", e -> { });
        assertEquals(List.of("202603001", "202512007"), numbers(list), "30/11/2025 is more than 12 months before 30/11/2026");
        assertEquals("2025-12-01", list.get("from").asText());
        assertEquals("2026-11-30", list.get("to").asText());
        assertEquals(45_00 + 4 * 41_00 + 38_40, list.at("/paid/cents").asLong());
        assertEquals(33_75 + 123_00 + 28_80, list.at("/reimbursed/cents").asLong());
        assertEquals("185,55 €", list.at("/reimbursed/text").asText());
    }

    @Test
    void anotherPeriodOrOneSheetByItsNumber() throws Exception {
        assertEquals(List.of("202512007", "202511010"), numbers(api.ok("list.json", query(Map.of("from", "2021-01-01", "to", "2025-12-31")))));
        assertEquals(List.of("201910002"), numbers(api.ok("list.json", query(Map.of("from", "2019-01-01", "to", "2023-12-31")))));
        assertEquals(List.of("202512007"), numbers(api.ok("list.json", query(Map.of("sheet", "202512007")))));
        assertEquals(List.of(), numbers(api.ok("list.json", query(Map.of("sheet", "202606666")))), "a stranger's: none");
    }

    /** Seed 000 §2.1.3, "el tipus de prestació (opcional)": one type of benefit, its totals its own. */
    @Test
    void oneTypeOfBenefit() throws Exception {
        JsonNode laboratory = api.ok("list.json", query(Map.of("from", "2022-01-01", "to", "2026-11-30", "type", "laboratory")));
        assertEquals(List.of("202512007"), numbers(laboratory));
        assertEquals("laboratory", laboratory.get("type").asText());
        assertEquals("laboratory", laboratory.at("/sheets/0/type").asText());
        assertEquals(28_80, laboratory.at("/reimbursed/cents").asLong());
        assertEquals(List.of("202603001", "202511010"), numbers(api.ok("list.json", query(Map.of("from", "2022-01-01", "type", "medical")))));
    }

    @Test
    void aSheetsLinesAddUpToItsTotalsWithTheShareReimbursed() throws Exception {
        JsonNode sheet = api.ok("sheet.json", e -> { });
        assertEquals(2, sheet.get("lines").size());
        assertEquals("75 %", sheet.at("/lines/0/rate").asText());
        assertEquals("164,00 €", sheet.at("/lines/1/paid/text").asText());
        long paid = 0;
        long reimbursed = 0;
        for (JsonNode line : sheet.get("lines")) {
            paid += line.at("/paid/cents").asLong();
            reimbursed += line.at("/reimbursed/cents").asLong();
        }
        assertEquals(sheet.at("/sheet/paid/cents").asLong(), paid);
        assertEquals(sheet.at("/sheet/reimbursed/cents").asLong(), reimbursed);
    }

    @Test
    void actingForADependantTheirSheetsAndNoOneElses() throws Exception {
        Consumer<APIGatewayV2HTTPEvent> asPau = FunctionCalls.actingAs("dependant:100002B");
        assertEquals(List.of("202607003"), numbers(api.ok("list.json", asPau)));
        JsonNode pau = api.ok("sheet.json", asPau.andThen(e -> e.setPathParameters(Map.of("sheet", "202607003"))));
        assertEquals("100 %", pau.at("/lines/0/rate").asText());
        assertEquals(404, api.call("sheet.json", asPau).getStatusCode(), "his father's sheet, acting as Pau");
    }

    @ParameterizedTest(name = "{0} -> 404")
    @CsvSource({"202606666", "202607003", "999999999"})
    void anotherPersonsSheetIsNotFoundWhetherOrNotItExists(String number) {
        APIGatewayV2HTTPResponse response = api.call("sheet.json", e -> e.setPathParameters(Map.of("sheet", number)));
        assertEquals(404, response.getStatusCode());
        assertFalse(response.getBody().contains("Soler"));
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "from=2026-13-01 | from",
            "to=yesterday | to",
            "from=2026-06-01&to=2026-05-01 | from",
            "from=2020-01-01&to=2026-11-30 | from",
            "type=dentist | type"})
    void aBadPeriodIsABadRequestNamingIt(String rawQuery, String field) throws Exception {
        assertEquals(field, api.refusedField("list.json", FunctionCalls.rawQuery(rawQuery)));
    }

    static byte[] document(APIGatewayV2HTTPResponse response) {
        assertEquals(200, response.getStatusCode(), response.getBody());
        return java.util.Base64.getDecoder().decode(response.getBody());
    }

    /** Seed 000 §2.1.3, the list of benefits as a PDF: a row per act, totals that add up, the CASS header, page numbers. */
    @Test
    void theListOfBenefitsAsAPdf() throws Exception {
        APIGatewayV2HTTPResponse response = api.call("export.json", e -> { });
        assertEquals("application/pdf", response.getHeaders().get("Content-Type"));
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(document(response))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Caixa Andorrana de Seguretat Social"), text);
            assertTrue(text.contains("Llistat de prestacions de reembossament"), text);
            assertTrue(text.contains("Jordi Vidal Font") && text.contains("100001A"), text);
            assertTrue(text.contains("01/12/2025 – 30/11/2026"), "the period: " + text);
            assertTrue(text.contains("Sessió de fisioteràpia") || text.contains("Consulta de medicina general"), text);
            assertTrue(text.contains("04/03/2026") && text.contains("11/03/2026") && text.contains("01/12/2025"), "each act's date");
            assertTrue(text.contains("75 %"), text);
            assertTrue(text.contains("247,40 €"), "paid in the period: 45,00 + 164,00 + 38,40: " + text);
            assertTrue(text.contains("185,55 €"), "reimbursed: 33,75 + 123,00 + 28,80: " + text);
            assertTrue(text.contains("pàgina 1 de " + pdf.getNumberOfPages()), text);
            assertFalse(text.contains("202511010"), "30/11/2025 is outside the last 12 months");
        }
    }

    @Test
    void theListOfBenefitsAsASpreadsheetWithDatesAndEuros() throws Exception {
        APIGatewayV2HTTPResponse response = api.call("export.json", query(Map.of("format", "xlsx", "from", "2025-12-01",
                "to", "2026-11-30")));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(document(response)))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            int header = -1;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && row.getCell(0).getStringCellValue().equals("Data")) {
                    header = row.getRowNum();
                }
            }
            assertTrue(header >= 0);
            List<String> sheets = new ArrayList<>();
            double reimbursed = 0;
            for (int r = header + 1; r <= header + 3; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(row.getCell(0)), "a date cell");
                sheets.add(row.getCell(1).getStringCellValue());
                assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, row.getCell(8).getCellType(), "euros as a number");
                assertTrue(row.getCell(8).getCellStyle().getDataFormatString().contains("€"));
                reimbursed += row.getCell(8).getNumericCellValue();
            }
            assertEquals(List.of("202603001", "202603001", "202512007"), sheets);
            assertEquals(LocalDate.of(2026, 3, 4), sheet.getRow(header + 1).getCell(0).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(0.75, sheet.getRow(header + 1).getCell(7).getNumericCellValue(), 1e-9, "the rate as a fraction");
            assertEquals(4, sheet.getRow(header + 2).getCell(5).getNumericCellValue(), 1e-9);
            assertEquals(185.55, reimbursed, 1e-9);
            org.apache.poi.ss.usermodel.Row total = sheet.getRow(header + 4);
            assertEquals(185.55, total.getCell(8).getNumericCellValue(), 1e-9, "the total row adds up");
            assertEquals(247.40, total.getCell(6).getNumericCellValue(), 1e-9);
        }
    }

    /** Seed 000 §2.1.3, "sol·licitar una còpia del full de prestacions": laid out like the paper sheet. */
    @Test
    void theCopyOfASheet() throws Exception {
        APIGatewayV2HTTPResponse response = api.call("copy.json", e -> { });
        assertEquals("attachment; filename=\"full-de-prestacions-202603001.pdf\"; filename*=UTF-8''full-de-prestacions-202603001.pdf",
                response.getHeaders().get("Content-Disposition"));
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(document(response))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Full de prestacions") && text.contains("202603001"), text);
            assertTrue(text.contains("Jordi Vidal Font") && text.contains("100001A"), text);
            assertTrue(text.contains("Dr. Pere Soler Mas"), text);
            assertTrue(text.contains("209,00 €") && text.contains("156,75 €"), "the totals: " + text);
            assertTrue(text.contains("pàgina 1 de 1"), text);
        }
        assertEquals(404, api.call("copy.json", e -> e.setPathParameters(Map.of("sheet", "202606666"))).getStatusCode(), "a stranger's");
        assertEquals(404, api.call("copy.json", FunctionCalls.actingAs("dependant:100002B")).getStatusCode(), "his father's, as Pau");
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {"format=csv | format", "from=2025-01-01 | format",
            "format=pdf&type=dentist | type", "format=xlsx&from=2019-01-01&to=2026-11-30 | from"})
    void aBadExportIsABadRequestNamingTheField(String rawQuery, String field) throws Exception {
        assertEquals(field, api.refusedField("export.json", FunctionCalls.rawQuery(rawQuery)));
    }
}
