package ad.cass.online.reports.letters;

import static ad.cass.online.reports.letters.LetterSamples.ISSUED;
import static ad.cass.online.reports.letters.LetterSamples.VALID_UNTIL;
import static ad.cass.online.reports.letters.LetterSamples.VERIFICATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.settings.Language;
import ad.cass.online.reports.Field;
import ad.cass.online.reports.PdfLook;
import ad.cass.online.reports.Readback;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The letter itself, whatever it certifies: issue 20's "verification code ... and a QR code of the verification URL, on
 * every page", with "pàgina X de Y", however long the letter runs; the caller's stream left open.
 */
class CertificateLetterTest {
    static final List<Field> PERSON = List.of(new Field("Nom i cognoms", "Anna Puig Font"),
            new Field("Número CASS", "123456A"), new Field("Data de naixement", "02/04/1968"));

    /** Long enough for three pages: what a letter does past its first. */
    static CertificateLetter longLetter(Language language) {
        List<String> paragraphs = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> "Paràgraf " + i + ". " + String.join(" ", Collections.nCopies(12, "Text del certificat.")))
                .toList();
        return new CertificateLetter(language, "Certificat de prova", PERSON, paragraphs, ISSUED, VALID_UNTIL,
                VERIFICATION);
    }

    @Test
    void everyPageCarriesTheCodeAndItsNumber() {
        byte[] pdf = LetterSamples.pdf(longLetter(Language.CA));
        List<String> pages = LetterSamples.pages(pdf);
        assertTrue(pages.size() >= 3, pages.size() + " pages");
        for (int page = 1; page <= pages.size(); page++) {
            String text = pages.get(page - 1);
            assertTrue(text.contains("Codi de verificació: " + LetterSamples.CODE + " · " + LetterSamples.URL), text);
            assertTrue(text.contains("pàgina " + page + " de " + pages.size()), text);
            assertTrue(text.contains("Caixa Andorrana de Seguretat Social Certificat de prova"), "the band: " + text);
        }
        String last = pages.get(pages.size() - 1);
        assertTrue(last.contains("Andorra la Vella, 30 de novembre de 2026") && last.contains("Vàlid fins al 31/12/2026"));
        assertEquals(Optional.of(LetterSamples.URL.toString()), Readback.qr(Readback.render(pdf, 0, 200)));
        assertEquals(Optional.of(LetterSamples.URL.toString()), Readback.qr(Readback.render(pdf, pages.size() - 1, 200)));
    }

    @Test
    void englishPagesToo() {
        List<String> pages = LetterSamples.pages(LetterSamples.pdf(longLetter(Language.EN)));
        for (int page = 1; page <= pages.size(); page++) {
            assertTrue(pages.get(page - 1).contains("Verification code: " + LetterSamples.CODE), pages.get(page - 1));
            assertTrue(pages.get(page - 1).contains("page " + page + " of " + pages.size()), pages.get(page - 1));
        }
    }

    /** Nothing printed inside the QR code's square, at the bottom right under the footer's rule (A4: 595 points wide). */
    @Test
    void nothingIsPrintedOverTheQrCode() {
        byte[] pdf = LetterSamples.pdf(longLetter(Language.FR));
        float right = 595 - PdfLook.SIDE_MARGIN;
        float top = PdfLook.VERIFIED_BOTTOM_MARGIN - 14 - 3;
        for (int page = 0; page < Readback.pageCount(pdf); page++) {
            List<Readback.Glyph> glyphs = Readback.glyphs(pdf, page);
            assertTrue(glyphs.size() > 100);
            for (Readback.Glyph glyph : glyphs) {
                boolean inside = glyph.right() > right - PdfLook.QR_SIZE && glyph.left() < right
                        && glyph.baseline() > top - PdfLook.QR_SIZE - 2 && glyph.baseline() < top + 8;
                assertFalse(inside, "«" + glyph.text() + "» at " + glyph + " on page " + (page + 1));
            }
        }
    }

    @Test
    void theStreamIsTheCallersAndStaysOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        longLetter(Language.ES).write(out);
        assertFalse(closed[0]);
        assertTrue(out.size() > 1000);
        assertEquals("%PDF-", out.toString(java.nio.charset.StandardCharsets.ISO_8859_1).substring(0, 5));
    }

    @Test
    void aLetterCertifiesSomethingIsVerifiedAndIsNotIssuedExpired() {
        assertThrows(IllegalArgumentException.class, () -> new CertificateLetter(Language.CA, "Certificat", PERSON,
                List.of(), ISSUED, VALID_UNTIL, VERIFICATION));
        assertThrows(NullPointerException.class, () -> new CertificateLetter(Language.CA, "Certificat", PERSON,
                List.of("Text."), ISSUED, VALID_UNTIL, null));
        assertThrows(IllegalArgumentException.class, () -> new CertificateLetter(Language.CA, "Certificat", PERSON,
                List.of("Text."), ISSUED, VALID_UNTIL.minusYears(1), VERIFICATION));
    }
}
