package ad.cass.online.reports.letters;

import ad.cass.online.domain.settings.Language;
import ad.cass.online.reports.Readback;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check: each certificate as a PDF and its first page as a PNG in the directory {@code -Dletter.previews=...}
 * names, for a person to look at after a change of layout. Skipped unless asked for.
 */
@EnabledIfSystemProperty(named = "letter.previews", matches = ".+")
class LetterPreviewsTest {
    @Test
    void writePreviews() throws IOException {
        Path dir = Path.of(System.getProperty("letter.previews"));
        Files.createDirectories(dir);
        Map<String, CertificateLetter> letters = Map.of(
                "health-ca", new HealthCoverageCertificate(LetterSamples.ANNA, LetterSamples.covered(LetterSamples.ANNA,
                        LocalDate.of(2003, 10, 1)), LetterSamples.ISSUED, LetterSamples.VALID_UNTIL,
                        LetterSamples.VERIFICATION, Language.CA).letter(),
                "student-under-25-ca", StudentCertificateTest.laia(Language.CA).letter(),
                "student-25-30-fr", StudentCertificateTest.marc(Language.FR).letter(),
                "health-en", new HealthCoverageCertificate(LetterSamples.LAIA, LetterSamples.covered(LetterSamples.LAIA,
                        LocalDate.of(2024, 9, 1)), LetterSamples.ISSUED, LetterSamples.VALID_UNTIL,
                        LetterSamples.VERIFICATION, Language.EN).letter());
        for (Map.Entry<String, CertificateLetter> letter : letters.entrySet()) {
            byte[] pdf = LetterSamples.pdf(letter.getValue());
            Files.write(dir.resolve(letter.getKey() + ".pdf"), pdf);
            Readback.png(pdf, 0, dir.resolve(letter.getKey() + ".png"));
        }
    }
}
