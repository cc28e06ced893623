package ad.cass.online.reports.extracts;

import ad.cass.online.domain.settings.Language;
import ad.cass.online.reports.Readback;
import ad.cass.online.reports.TableReport;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check: the first and last page of each extract as PNG files in the directory {@code -Dextract.previews=...}
 * names, for a person to look at after a change of layout or of words (each extract in Catalan, some in another
 * language). Skipped unless asked for.
 */
@EnabledIfSystemProperty(named = "extract.previews", matches = ".+")
class ExtractPreviewsTest {
    @Test
    void writePreviews() {
        Path dir = Path.of(System.getProperty("extract.previews"));
        Map<String, TableReport> reports = Map.of(
                "income", IncomeExtractReportTest.report(ExtractSamples.LIFE, YearMonth.of(2024, 9), YearMonth.of(2026, 11)),
                "points", new PointsExtractReport(ExtractSamples.PERSON, ExtractSamples.LIFE, ExtractSamples.ISSUED,
                        PointsExtractReportTest.YEARS, ExtractSamples.VERIFICATION),
                "working-life", new WorkingLifeReport(ExtractSamples.PERSON, ExtractSamples.LIFE, ExtractSamples.ISSUED,
                        WorkingLifeReportTest.PERIODS, ExtractSamples.VERIFICATION),
                "incapacity", new IncapacityExtractReport(ExtractSamples.PERSON, ExtractSamples.LIFE, ExtractSamples.ISSUED,
                        IncapacityExtractReportTest.LEAVES, ExtractSamples.VERIFICATION),
                // the longest words of each: the column heads must stay inside their columns
                "income-es", IncomeExtractReportTest.report(ExtractSamples.LIFE, YearMonth.of(2024, 9), YearMonth.of(2026, 11),
                        Language.ES),
                "working-life-en", new WorkingLifeReport(ExtractSamples.PERSON, ExtractSamples.LIFE, ExtractSamples.ISSUED,
                        WorkingLifeReportTest.PERIODS, ExtractSamples.VERIFICATION, Language.EN),
                "incapacity-fr", new IncapacityExtractReport(ExtractSamples.PERSON, ExtractSamples.LIFE, ExtractSamples.ISSUED,
                        IncapacityExtractReportTest.LEAVES, ExtractSamples.VERIFICATION, Language.FR),
                "points-fr", new PointsExtractReport(ExtractSamples.PERSON, ExtractSamples.LIFE, ExtractSamples.ISSUED,
                        PointsExtractReportTest.YEARS, ExtractSamples.VERIFICATION, Language.FR));
        reports.forEach((name, report) -> {
            byte[] pdf = Readback.pdf(report);
            int pages = Readback.pageCount(pdf);
            Readback.png(pdf, 0, dir.resolve(name + "-1.png"));
            if (pages > 1) {
                Readback.png(pdf, pages - 1, dir.resolve(name + "-" + pages + ".png"));
            }
        });
    }
}
