package ad.cass.online.reports.letters;

import static ad.cass.online.reports.letters.LetterSamples.ANNA;
import static ad.cass.online.reports.letters.LetterSamples.ISSUED;
import static ad.cass.online.reports.letters.LetterSamples.LAIA;
import static ad.cass.online.reports.letters.LetterSamples.VALID_UNTIL;
import static ad.cass.online.reports.letters.LetterSamples.VERIFICATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Coverage;
import ad.cass.online.domain.person.Coverage.Status;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.reports.Readback;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * "El certificat de cobertura sanitària d'un assegurat" (seed 001, line 25; seed 002, line 44): the coverage as it
 * stands, whatever it is (seed 000 §2.2.1, "la situació de la cobertura sanitària"), in each of the portal's languages.
 */
class HealthCoverageCertificateTest {
    /** what each language must say around the person, whatever the coverage */
    record Words(Language language, String title, String placeAndDate, String validUntil, String codeLabel,
                 String pageOf, String birthLabel) {
    }

    static final List<Words> WORDS = List.of(
            new Words(Language.CA, "Certificat de cobertura sanitària", "Andorra la Vella, 30 de novembre de 2026",
                    "Vàlid fins al 31/12/2026", "Codi de verificació", "pàgina 1 de 1", "Data de naixement"),
            new Words(Language.ES, "Certificado de cobertura sanitaria", "Andorra la Vella, 30 de noviembre de 2026",
                    "Válido hasta el 31/12/2026", "Código de verificación", "página 1 de 1", "Fecha de nacimiento"),
            new Words(Language.FR, "Certificat de couverture santé", "Andorre-la-Vieille, le 30 novembre 2026",
                    "Valable jusqu'au 31/12/2026", "Code de vérification", "page 1 sur 1", "Date de naissance"),
            new Words(Language.EN, "Health coverage certificate", "Andorra la Vella, 30 November 2026",
                    "Valid until 31/12/2026", "Verification code", "page 1 of 1", "Date of birth"));

    static byte[] pdf(Coverage coverage, Language language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HealthCoverageCertificate(ANNA, coverage, ISSUED, VALID_UNTIL, VERIFICATION, language).write(out);
        return out.toByteArray();
    }

    @Test
    void everyLanguageNamesThePersonTheDatesAndTheCodeOnItsOnePage() {
        Coverage coverage = LetterSamples.covered(ANNA, LocalDate.of(2003, 10, 1));
        for (Words words : WORDS) {
            List<String> pages = LetterSamples.pages(pdf(coverage, words.language()));
            assertEquals(1, pages.size(), words.language() + ": a certificate fits on one page");
            String page = pages.get(0);
            for (String expected : List.of(words.title(), "Anna Puig Font", "123456A", words.birthLabel(), "02/04/1968",
                    words.placeAndDate(), words.validUntil(), words.pageOf(), "CASS Online · 30/11/2026 19:05",
                    words.codeLabel() + ": " + LetterSamples.CODE + " · " + LetterSamples.URL,
                    "Caixa Andorrana de Seguretat Social")) {
                assertTrue(page.contains(expected), words.language() + " lacks «" + expected + "»: " + page);
            }
        }
    }

    /**
     * What CASS certifies for each status and language; a certificate of suspended or no coverage says so. Catalan
     * writes "des de l'01/10/2003" ("l'u d'octubre"), "des del 15/08/2026".
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CA | COVERED     | 2003-10-01 | certifica que la persona esmentada, Anna Puig Font, amb número CASS 123456A, té cobertura sanitària de la CASS des de l'01/10/2003, com a persona assegurada directa.",
        "ES | COVERED     | 2003-10-01 | Anna Puig Font, con número CASS 123456A, tiene cobertura sanitaria de la CASS desde el 01/10/2003, como persona asegurada directa.",
        "FR | COVERED     | 2003-10-01 | certifie que la personne mentionnée ci-dessus, Anna Puig Font, numéro CASS 123456A, bénéficie de la couverture santé de la CASS depuis le 01/10/2003, en tant que personne assurée à titre direct.",
        "EN | COVERED     | 2003-10-01 | Anna Puig Font, CASS number 123456A, has had health coverage from CASS since 01/10/2003, as a direct insured person.",
        "CA | SUSPENDED   | 2026-08-15 | la cobertura sanitària de la CASS de la persona esmentada, Anna Puig Font, amb número CASS 123456A, està suspesa des del 15/08/2026.",
        "ES | SUSPENDED   | 2026-08-15 | la cobertura sanitaria de la CASS de la persona mencionada, Anna Puig Font, con número CASS 123456A, está suspendida desde el 15/08/2026.",
        "FR | SUSPENDED   | 2026-08-15 | la couverture santé de la CASS de la personne mentionnée ci-dessus, Anna Puig Font, numéro CASS 123456A, est suspendue depuis le 15/08/2026.",
        "EN | SUSPENDED   | 2026-08-15 | the CASS health coverage of the person named above, Anna Puig Font, CASS number 123456A, has been suspended since 15/08/2026.",
        "CA | NOT_COVERED | 2025-04-11 | Anna Puig Font, amb número CASS 123456A, no té cobertura sanitària de la CASS des de l'11/04/2025.",
        "ES | NOT_COVERED | 2025-04-11 | Anna Puig Font, con número CASS 123456A, no tiene cobertura sanitaria de la CASS desde el 11/04/2025.",
        "FR | NOT_COVERED | 2025-04-11 | Anna Puig Font, numéro CASS 123456A, ne bénéficie pas de la couverture santé de la CASS depuis le 11/04/2025.",
        "EN | NOT_COVERED | 2025-04-11 | Anna Puig Font, CASS number 123456A, has had no health coverage from CASS since 11/04/2025.",
        "CA | NOT_COVERED |            | Anna Puig Font, amb número CASS 123456A, no té cobertura sanitària de la CASS.",
        "EN | NOT_COVERED |            | Anna Puig Font, CASS number 123456A, has no health coverage from CASS.",
        "FR | SUSPENDED   |            | Anna Puig Font, numéro CASS 123456A, est suspendue.",
        "ES | COVERED     |            | Anna Puig Font, con número CASS 123456A, tiene cobertura sanitaria de la CASS, como persona asegurada directa."})
    void theStatusAsItIs(Language language, Status status, LocalDate since, String expected) {
        String page = LetterSamples.pages(pdf(new Coverage(ANNA.cassNumber(), status, since), language)).get(0);
        assertTrue(page.contains(expected), page);
    }

    /** A dependant's coverage names the holder's CASS number, all the person record has of them (seed 004). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CA | com a persona beneficiària de la persona assegurada titular amb número CASS 100001A.",
        "ES | como persona beneficiaria de la persona asegurada titular con número CASS 100001A.",
        "FR | en tant qu'ayant droit de la personne assurée titulaire du numéro CASS 100001A.",
        "EN | as a dependant of the insured person with CASS number 100001A."})
    void aDependantIsCoveredThroughTheHolder(Language language, String expected) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HealthCoverageCertificate(LAIA, LetterSamples.covered(LAIA, LocalDate.of(2024, 9, 1)), ISSUED, VALID_UNTIL,
                VERIFICATION, language).write(out);
        assertTrue(LetterSamples.pages(out.toByteArray()).get(0).contains(expected));
    }

    /** As a phone reads it: the QR code on the rendered page is the verification URL (issue 20). */
    @ParameterizedTest
    @EnumSource(Language.class)
    void theQrCodeIsTheVerificationUrl(Language language) {
        byte[] pdf = pdf(LetterSamples.covered(ANNA, LocalDate.of(2003, 10, 1)), language);
        assertEquals(Optional.of(LetterSamples.URL.toString()), Readback.qr(Readback.render(pdf, 0, 200)));
    }

    @Test
    void theDocumentSaysItsLanguageAndTitle() throws java.io.IOException {
        byte[] pdf = pdf(LetterSamples.covered(ANNA, LocalDate.of(2003, 10, 1)), Language.FR);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertEquals("fr", document.getDocumentCatalog().getLanguage());
            assertEquals("Certificat de couverture santé", document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void anotherPersonsCoverageOrAnExpiredOneIsRefused() {
        Coverage someoneElse = new Coverage(CassNumber.of("999999Z"), Status.COVERED, LocalDate.of(2003, 10, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new HealthCoverageCertificate(ANNA, someoneElse, ISSUED, VALID_UNTIL, VERIFICATION, Language.CA));
        Coverage hers = LetterSamples.covered(ANNA, LocalDate.of(2003, 10, 1));
        // 29 November: the day before the issue day in Andorra
        assertThrows(IllegalArgumentException.class, () -> new HealthCoverageCertificate(ANNA, hers, ISSUED,
                LocalDate.of(2026, 11, 29), VERIFICATION, Language.CA).letter());
        assertFalse(new HealthCoverageCertificate(ANNA, hers, ISSUED, LocalDate.of(2026, 11, 30), VERIFICATION,
                Language.CA).letter().paragraphs().isEmpty(), "valid on the day of issue only");
    }
}
