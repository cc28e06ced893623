package ad.cass.online.reports.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ad.cass.online.domain.person.Coverage;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.reports.ReportLabels;
import ad.cass.online.reports.TranslatedTexts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The letters' words: all four languages for every key, the dates as each language writes them. */
class LetterTextsTest {
    @Test
    void everyKeyHasItsTextInCatalanSpanishFrenchAndEnglish() {
        TranslatedTexts.fileHoldsEveryKeyInEveryLanguage(LetterTexts.class, LetterTexts.RESOURCE, LetterTexts.all());
    }

    @Test
    void theTranslationsNameTheSamePlaceholders() {
        TranslatedTexts.translationsNameTheSamePlaceholders(LetterTexts.all());
    }

    @Test
    void everyTextIsPrintableInThePdfsFont() {
        TranslatedTexts.everyTextPrintsInThePdfsFont(LetterTexts.all());
    }

    /** Every key the letters ask for by name, from the enums they are built from. */
    @Test
    void theKeysTheLettersAskForAreThere() {
        List<String> keys = new ArrayList<>(List.of("date.long", "date.day1", "place", "placeAndDate", "validUntil",
                "label.name", "label.cassNumber", "label.birthDate", "title.health", "health.asOf", "closing", "verifyNote"));
        for (int month = 1; month <= 12; month++) {
            keys.add("month." + month);
        }
        for (Coverage.Status status : Coverage.Status.values()) {
            keys.add("health." + status);
            keys.add("health." + status + ".undated");
        }
        for (InsuredType type : InsuredType.values()) {
            keys.add("insured." + type);
        }
        for (StudentCertificate.Kind kind : StudentCertificate.Kind.values()) {
            keys.add("title.student." + kind);
            keys.add("student." + kind);
            keys.add("student." + kind + ".renewal");
        }
        TranslatedTexts.holdsTheKeys(keys, LetterTexts.all());
    }

    /** The brief's forms: Catalan elides "de" before a vowel (d'abril, d'agost, d'octubre); French says 1er. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-11-30 | CA | 30 de novembre de 2026",
        "2026-04-02 | CA | 2 d'abril de 2026",
        "2026-08-15 | CA | 15 d'agost de 2026",
        "2026-10-01 | CA | 1 d'octubre de 2026",
        "2026-03-05 | CA | 5 de març de 2026",
        "2026-02-11 | CA | 11 de febrer de 2026",
        "2026-11-30 | ES | 30 de noviembre de 2026",
        "2026-04-02 | ES | 2 de abril de 2026",
        "2026-11-30 | FR | 30 novembre 2026",
        "2026-11-01 | FR | 1er novembre 2026",
        "2026-08-15 | FR | 15 août 2026",
        "2026-02-11 | FR | 11 février 2026",
        "2026-11-30 | EN | 30 November 2026",
        "2026-11-01 | EN | 1 November 2026"})
    void aDateInWords(LocalDate day, Language language, String expected) {
        assertEquals(expected, LetterTexts.of(language).longDate(day));
    }

    /** "des del 01/10/2003" is said "des de l'u d'octubre": so it is written "des de l'01/10/2003"; only in Catalan. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CA | validUntil | 01/10/2027 | Vàlid fins a l'01/10/2027",
        "CA | validUntil | 11/10/2027 | Vàlid fins a l'11/10/2027",
        "CA | validUntil | 21/10/2027 | Vàlid fins al 21/10/2027",
        "CA | validUntil | 10/01/2027 | Vàlid fins al 10/01/2027",
        "ES | validUntil | 01/10/2027 | Válido hasta el 01/10/2027",
        "FR | validUntil | 01/10/2027 | Valable jusqu'au 01/10/2027",
        "EN | validUntil | 01/10/2027 | Valid until 01/10/2027"})
    void catalanElidesBeforeTheFirstAndTheEleventh(Language language, String key, String date, String expected) {
        assertEquals(expected, LetterTexts.of(language).fill(key, Map.of("date", date)));
    }

    @Test
    void aPlaceholderWithoutItsValueFails() {
        assertThrows(IllegalArgumentException.class, () -> LetterTexts.of(Language.CA).fill("validUntil", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> LetterTexts.of(Language.CA).get("no.such.key"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CA | Data d'emissió   | pàgina 2 de 3 | Codi de verificació",
        "ES | Fecha de emisión | página 2 de 3 | Código de verificación",
        "FR | Date d'émission  | page 2 sur 3  | Code de vérification",
        "EN | Date of issue    | page 2 of 3   | Verification code"})
    void theReportLabelsInEachLanguage(Language language, String issuedOn, String pageOf, String code) {
        ReportLabels labels = ReportLabels.of(language);
        assertEquals("Caixa Andorrana de Seguretat Social", labels.institution());
        assertEquals(issuedOn, labels.issuedOn());
        assertEquals(pageOf, labels.pageOf(2, 3));
        assertEquals(code, labels.verificationCode());
        assertFalse(labels.total().isBlank());
        assertFalse(labels.noRows().isBlank());
    }

    @Test
    void catalanIsTheLabelsTheExtractsAlreadyUse() {
        assertSame(ReportLabels.CATALAN, ReportLabels.of(Language.CA));
    }
}
