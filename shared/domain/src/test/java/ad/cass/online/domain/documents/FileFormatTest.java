package ad.cass.online.domain.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 18: what a person uploads is told by its first bytes, whatever its name or the type it claims. */
class FileFormatTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "255044462d312e370a25,  PDF",   // %PDF-1.7
            "ffd8ffe000104a464946,  JPEG",  // JFIF
            "ffd8ffe1001845786966,  JPEG",  // Exif
            "89504e470d0a1a0a0000,  PNG",
            "89504e470d0a1a00,      ''",    // a PNG signature cut short
            "504b0304140006000800,  ''",    // a ZIP (an .xlsx or .docx renamed .pdf)
            "3c68746d6c3e,          ''",    // <html>
            "4d5a9000,              ''",    // an executable
            "2550,                  ''",    // two bytes of %PDF
    })
    void theContentDecides(String hex, String format) {
        assertEquals(format.isEmpty() ? Optional.empty() : Optional.of(FileFormat.valueOf(format)),
                FileFormat.of(HexFormat.of().parseHex(hex)));
    }

    @ParameterizedTest
    @CsvSource({"application/pdf, PDF", "IMAGE/JPEG, JPEG", "image/png, PNG", "image/gif, ''", "text/html, ''"})
    void onlyThreeTypesMayBeAnnounced(String contentType, String format) {
        assertEquals(format.isEmpty() ? Optional.empty() : Optional.of(FileFormat.valueOf(format)), FileFormat.named(contentType));
    }
}
