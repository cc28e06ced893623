package ad.cass.online.contributions;

import static ad.cass.online.testing.FunctionCalls.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.contributions.DynamoContributionStore;
import ad.cass.online.domain.contributions.IncomeConcept;
import ad.cass.online.domain.contributions.IncomeMonth;
import ad.cass.online.domain.contributions.PointsYear;
import ad.cass.online.domain.contributions.Scheme;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.testing.Deployed;
import ad.cass.online.testing.FunctionCalls;
import ad.cass.online.testing.MutableClock;
import ad.cass.online.testing.TestPeople;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The income table, a month's concepts, the income extract and the points (seed 000 §2.1.4, §2.2.1; issue 19) on the emulated tables. */
class IncomeIT {
    @RegisterExtension
    final Deployed deployed = Deployed.freshForEachTest();

    FunctionCalls api;
    /** What the holder's declarants declared, as written to the store. */
    final List<IncomeMonth> declared = new ArrayList<>();

    static IncomeMonth month(CassNumber who, YearMonth m, String declarant, String name, Scheme scheme, IncomeConcept... concepts) {
        return new IncomeMonth(who, m, declarant, name, scheme, List.of(concepts));
    }

    /**
     * The holder: Impremta Escaldes from 01/2019 to 06/2022 (paga extraordinària in June and December), Banc Andorrà
     * from 06/2022 (both declare June 2022) to 10/2026, overtime every third month; a stranger with one month.
     */
    @BeforeEach
    void build() {
        TestStack stack = deployed.stack();
        for (YearMonth m = YearMonth.of(2019, 1); !m.isAfter(YearMonth.of(2022, 6)); m = m.plusMonths(1)) {
            List<IncomeConcept> concepts = new ArrayList<>(List.of(new IncomeConcept("SB", "Salari base", 1_500_00 + m.getYear() - 2019)));
            if (m.getMonthValue() == 6 || m.getMonthValue() == 12) {
                concepts.add(new IncomeConcept("PE", "Paga extraordinària", 1_500_00));
            }
            declared.add(month(TestPeople.HOLDER, m, "503119", "Impremta Escaldes SL", Scheme.GENERAL, concepts.toArray(IncomeConcept[]::new)));
        }
        for (YearMonth m = YearMonth.of(2022, 6); !m.isAfter(YearMonth.of(2026, 10)); m = m.plusMonths(1)) {
            List<IncomeConcept> concepts = new ArrayList<>(List.of(new IncomeConcept("SB", "Salari base", 2_150_33),
                    new IncomeConcept("PA", "Plus d'antiguitat", 43_01)));
            if (m.getMonthValue() % 3 == 0) {
                concepts.add(new IncomeConcept("HE", "Hores extraordinàries", 120_55));
            }
            declared.add(month(TestPeople.HOLDER, m, "507342", "Banc Andorrà de Crèdit SA", Scheme.GENERAL, concepts.toArray(IncomeConcept[]::new)));
        }
        DynamoContributionStore store = new DynamoContributionStore(stack.dynamo(), stack.name("RecordsTable"));
        store.saveIncome(declared);
        store.saveIncome(List.of(month(TestPeople.STRANGER, YearMonth.of(2026, 10), "500001", "Secret SA", Scheme.GENERAL,
                new IncomeConcept("SB", "Salari base", 9_999_99))));
        store.savePoints(List.of(new PointsYear(TestPeople.HOLDER, 2025, 512_337), new PointsYear(TestPeople.HOLDER, 2024, 498_001),
                new PointsYear(TestPeople.HOLDER, 2026, 401_100), new PointsYear(TestPeople.STRANGER, 2026, 999_999)));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
        api = new FunctionCalls("contributions", Env.with(stack.environment("ContributionsFunction"),
                () -> new ContributionsApiFunction(ContributionsApiFunction.Services.fromEnvironment(clock))));
    }

    static List<String> rows(JsonNode page) {
        List<String> rows = new ArrayList<>();
        page.get("months").forEach(m -> rows.add(m.get("period").asText() + "/" + m.get("declarantNumber").asText()));
        return rows;
    }

    /** Seed 000 §2.1.4: the last 12 months (the current one included) by default, newest first, declarant, scheme and gross. */
    @Test
    void theLastTwelveMonthsNewestFirst() throws Exception {
        JsonNode page = api.ok("income.json", e -> e.setQueryStringParameters(null));
        assertEquals("12m", page.get("period").asText());
        assertEquals("2025-12", page.get("from").asText());
        assertEquals("2026-11", page.get("to").asText());
        assertEquals(11, page.get("months").size(), "12/2025 to 10/2026: November is not declared yet");
        assertEquals("2026-10/507342", rows(page).get(0));
        assertEquals("Banc Andorrà de Crèdit SA", page.at("/months/0/declarantName").asText());
        assertEquals("GENERAL", page.at("/months/0/scheme").asText());
        assertEquals(2_150_33 + 43_01, page.at("/months/0/gross/cents").asLong());
        assertEquals("2.313,89 €", page.at("/months/1/gross/text").asText(), "09/2026 with its overtime");
        assertNull(page.get("next"));
    }

    @ParameterizedTest(name = "{0}: {1} rows from {2}")
    @CsvSource({"3m, 2, 2026-09", "6m, 5, 2026-06"})
    void theShorterPeriods(String period, int rows, String from) throws Exception {
        JsonNode page = api.ok("income.json", query(Map.of("period", period)));
        assertEquals(rows, page.get("months").size());
        assertEquals(from, page.get("from").asText());
    }

    /** Seed 000 §2.1.4, "tota la vida": every month and declarant once, page after page, in order. */
    @Test
    void theWholeLifePageByPage() throws Exception {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, String> q = new LinkedHashMap<>(Map.of("period", "life", "limit", "25"));
            if (cursor != null) {
                q.put("cursor", cursor);
            }
            JsonNode page = api.ok("income.json", query(q));
            assertEquals("2019-01", page.get("from").asText(), "the first month declared");
            seen.addAll(rows(page));
            cursor = page.hasNonNull("next") ? page.get("next").asText() : null;
            pages++;
        } while (cursor != null);
        assertEquals(declared.size(), seen.size());
        assertEquals(declared.size(), new HashSet<>(seen).size(), "none twice");
        assertEquals((declared.size() + 24) / 25, pages, "no empty last page");
        List<String> sorted = new ArrayList<>(seen);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, seen, "newest first");
        assertTrue(seen.contains("2022-06/503119") && seen.contains("2022-06/507342"), "both declarants of June 2022");
    }

    @Test
    void aCursorChangedOrTakenToAnotherPeriodIsRefused() throws Exception {
        JsonNode first = api.ok("income.json", query(Map.of("period", "life", "limit", "5")));
        String next = first.get("next").asText();
        assertEquals("cursor", api.refusedField("income.json", query(Map.of("period", "life", "limit", "5", "cursor", next + "x"))));
        assertEquals("cursor", api.refusedField("income.json", query(Map.of("period", "3m", "limit", "5", "cursor", next))));
    }

    /** Seed 000 §2.1.4, "el detall dels conceptes declarats d'un mes en concret": per declarant, with the month's total. */
    @Test
    void aMonthsConceptsPerDeclarant() throws Exception {
        JsonNode june = api.ok("income-month.json", e -> e.setPathParameters(Map.of("month", "2022-06")));
        assertEquals("2022-06", june.get("period").asText());
        assertEquals(2, june.get("declarants").size());
        assertEquals("503119", june.at("/declarants/0/declarantNumber").asText());
        assertEquals("Paga extraordinària", june.at("/declarants/0/concepts/1/label").asText());
        assertEquals(1_500_03 + 1_500_00, june.at("/declarants/0/gross/cents").asLong());
        assertEquals(3, june.at("/declarants/1/concepts").size(), "salary, seniority and overtime");
        assertEquals(1_500_03 + 1_500_00 + 2_150_33 + 43_01 + 120_55, june.at("/total/cents").asLong());
        assertEquals("5.313,92 €", june.at("/total/text").asText());
    }

    @Test
    void aMonthWithNothingDeclaredIsNotFoundAndABadMonthIsRefused() throws Exception {
        assertEquals(404, api.call("income-month.json", e -> e.setPathParameters(Map.of("month", "2026-11"))).getStatusCode());
        assertEquals(404, api.call("income-month.json", e -> e.setPathParameters(Map.of("month", "2018-12"))).getStatusCode());
        assertEquals("month", api.refusedField("income-month.json", e -> e.setPathParameters(Map.of("month", "2026-13"))));
        assertEquals("month", api.refusedField("income-month.json", e -> e.setPathParameters(Map.of("month", "10-2026"))));
    }

    /** Seed 000 §1.1: a dependant's profile never reaches professional data; the holder's own profile does. */
    @ParameterizedTest(name = "{0} as a dependant -> 403")
    @ValueSource(strings = {"income.json", "income-month.json", "income-export.json", "points.json"})
    void professionalDataAreNotADependantsToSee(String event) {
        APIGatewayV2HTTPResponse response = api.call(event, FunctionCalls.actingAs("dependant:100002B"));
        assertEquals(403, response.getStatusCode(), response.getBody());
        assertFalse(response.getBody().contains("Banc"), "nothing of the data");
    }

    @Test
    void thePointsPerYearOldestFirstAndTheirTotal() throws Exception {
        JsonNode points = api.ok("points.json", e -> { });
        assertEquals(3, points.get("years").size(), "the stranger's are not his");
        assertEquals(2024, points.at("/years/0/year").asInt());
        assertEquals("498,001", points.at("/years/0/points/text").asText());
        assertEquals(498_001 + 512_337 + 401_100, points.at("/total/thousandths").asLong());
        assertEquals("1.411,438", points.at("/total/text").asText());
    }

    static byte[] document(APIGatewayV2HTTPResponse response) {
        assertEquals(200, response.getStatusCode(), response.getBody());
        return Base64.getDecoder().decode(response.getBody());
    }

    /** The sum of every concept of {@code year}, from the data written, and of them all. */
    long yearTotal(int year) {
        return declared.stream().filter(m -> m.period().getYear() == year).mapToLong(IncomeMonth::grossCents).sum();
    }

    long lifeTotal() {
        return declared.stream().mapToLong(IncomeMonth::grossCents).sum();
    }

    /** Seed 000 §2.1.4, the extract of the whole life as a PDF: a row per concept, a subtotal per year, the grand total. */
    @Test
    void theWholeLifeExtractAsAPdfWithYearlySubtotals() throws Exception {
        APIGatewayV2HTTPResponse response = api.call("income-export.json", e -> { });
        assertEquals("application/pdf", response.getHeaders().get("Content-Type"));
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(document(response))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Extracte d'ingressos i bases de cotització"), text);
            assertTrue(text.contains("Jordi Vidal Font") && text.contains("100001A"), text);
            assertTrue(text.contains("Tota la vida (01/2019 – 11/2026)"), text);
            for (int year = 2019; year <= 2026; year++) {
                assertTrue(text.contains("Total " + year + " " + CatalanFormat.money(yearTotal(year))),
                        "the subtotal of " + year + " (" + CatalanFormat.money(yearTotal(year)) + ")");
            }
            assertTrue(text.contains("Total 2019 " + CatalanFormat.money(12 * 1_500_00 + 2 * 1_500_00)),
                    "2019 by hand: 12 salaries of 1.500,00 € and two extra payments");
            assertTrue(text.contains("Total " + CatalanFormat.money(lifeTotal())), "the grand total");
            assertTrue(text.contains("pàgina 1 de " + pdf.getNumberOfPages()), text);
            assertFalse(text.contains("Secret SA"), "a stranger's income");
        }
    }

    /** Issue 17: the extract in the session's language, the figures in the portal's formats. */
    @Test
    void theExtractIsInTheSessionsLanguage() throws Exception {
        APIGatewayV2HTTPResponse response = api.call("income-export.json",
                e -> e.getRequestContext().getAuthorizer().getLambda().put("language", "fr"));
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(document(response))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Relevé des revenus et des bases de cotisation"), text);
            assertTrue(text.contains(CatalanFormat.money(lifeTotal())), "the grand total, as the portal writes money");
        }
    }

    /** The extract as a spreadsheet: one row per concept, amounts in euros, each year's subtotal and the total exact. */
    @Test
    void aPeriodsExtractAsASpreadsheet() throws Exception {
        APIGatewayV2HTTPResponse response = api.call("income-export.json",
                query(Map.of("format", "xlsx", "period", "custom", "from", "2021-07", "to", "2022-06")));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(document(response)))) {
            Sheet sheet = book.getSheetAt(0);
            int header = -1;
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                        && row.getCell(0).getStringCellValue().equals("Període")) {
                    header = row.getRowNum();
                }
            }
            assertTrue(header >= 0);
            Map<String, Long> subtotals = new LinkedHashMap<>();
            long rows = 0;
            long sum = 0;
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String first = row.getCell(0).getStringCellValue();
                long cents = Math.round(row.getCell(5).getNumericCellValue() * 100);
                if (first.startsWith("Total")) {
                    subtotals.put(first, cents);
                } else {
                    assertEquals(CellType.NUMERIC, row.getCell(5).getCellType(), "euros as a number");
                    rows++;
                    sum += cents;
                }
            }
            long expectedRows = declared.stream().filter(m -> !m.period().isBefore(YearMonth.of(2021, 7))
                    && !m.period().isAfter(YearMonth.of(2022, 6))).mapToLong(m -> m.concepts().size()).sum();
            assertEquals(expectedRows, rows);
            long h2 = declared.stream().filter(m -> m.period().getYear() == 2021 && m.period().getMonthValue() >= 7)
                    .mapToLong(IncomeMonth::grossCents).sum();
            long h1 = declared.stream().filter(m -> m.period().getYear() == 2022 && m.period().getMonthValue() <= 6)
                    .mapToLong(IncomeMonth::grossCents).sum();
            assertEquals(Map.of("Total 2021", h2, "Total 2022", h1, "Total", h1 + h2), subtotals);
            assertEquals(h1 + h2, sum, "the rows add up to the total");
        }
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "format=csv | format",
            "format=pdf&period=decade | period",
            "format=pdf&period=custom&to=2026-01 | from",
            "format=pdf&period=custom&from=2026-01 | to",
            "format=pdf&period=custom&from=2026-1&to=2026-02 | from",
            "format=pdf&period=custom&from=2026-03&to=2026-02 | from",
            "format=pdf&period=custom&from=2026-03&to=2027-02 | to"})
    void aBadExtractRequestIsRefusedNamingTheField(String rawQuery, String field) throws Exception {
        assertEquals(field, api.refusedField("income-export.json", FunctionCalls.rawQuery(rawQuery)));
    }

    @Test
    void lastYearIsThePreviousCalendarYear() throws Exception {
        APIGatewayV2HTTPResponse response = api.call("income-export.json", query(Map.of("format", "pdf", "period", "last-year")));
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(document(response))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("L'any anterior (2025)"), text);
            assertTrue(text.contains("Total " + CatalanFormat.money(yearTotal(2025))), text);
            assertTrue(text.contains("01/2025") && text.contains("12/2025"), text);
            assertFalse(text.contains("12/2024") || text.contains("01/2026"), "only 2025's months");
        }
    }
}
