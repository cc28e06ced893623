package ad.cass.online.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.error.InvalidInput;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 000 §2.1.3, "en format PDF o en format Excel": the two formats by their query value, and nothing else. */
class ExportFormatTest {
    @ParameterizedTest
    @CsvSource({"pdf, PDF", "xlsx, XLSX"})
    void theTwoFormats(String code, ExportFormat format) {
        assertEquals(format, ExportFormat.fromCode(code));
    }

    @ParameterizedTest
    @CsvSource({"PDF", "xls", "csv", "''"})
    void anythingElseIsABadRequestNamingTheFormat(String code) {
        assertEquals("format", assertThrows(InvalidInput.class, () -> ExportFormat.fromCode(code)).field());
    }

    @Test
    void eachWritesItsOwnKindOfFile() throws Exception {
        byte[] pdf = ExportFormat.PDF.write(Samples.report(1));
        try (var document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
        }
        byte[] xlsx = ExportFormat.XLSX.write(Samples.report(1)); // a report streams its rows once
        assertTrue(xlsx[0] == 'P' && xlsx[1] == 'K', "an XLSX is a ZIP");
    }

    @Test
    void primingWritesBothAndLeavesNoTemporaryFile() throws Exception {
        java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        long before;
        try (var files = java.nio.file.Files.walk(tmp, 2)) {
            before = files.filter(f -> f.getFileName().toString().startsWith("poi-sxssf")).count();
        }
        ExportFormat.prime(); // what SnapStart runs before the snapshot
        try (var files = java.nio.file.Files.walk(tmp, 2)) {
            assertEquals(before, files.filter(f -> f.getFileName().toString().startsWith("poi-sxssf")).count());
        }
    }
}
