package ad.cass.online.domain.lifecertificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.lifecertificates.LifeCertificateLetters.Addressee;
import ad.cass.online.domain.lifecertificates.LifeCertificateLetters.Letter;
import ad.cass.online.domain.settings.Language;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 21: what the scheduler tells a pensioner, in their language, with the campaign's own dates and amounts. */
class LifeCertificateLettersTest {
    static final CampaignCalendar CALENDAR = new CampaignCalendar(LifeCertificateSettings.defaults());
    static final Campaign NOVEMBER = CALENDAR.abroad(YearMonth.of(2026, 11));

    static Addressee marie(Language language, int certificates) {
        return new Addressee("Marie", "marie.dupont@example.fr", language, certificates);
    }

    /** Every letter, in every language: addressed, filled (no placeholder left), signed, with a notice title. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLetterIsFilledInEveryLanguage(Language language) {
        Addressee to = marie(language, 2);
        List<Letter> letters = List.of(LifeCertificateLetters.request(to, NOVEMBER),
                LifeCertificateLetters.request(to, CALENDAR.residentCheck(YearMonth.of(2026, 4))),
                LifeCertificateLetters.reminder(to, NOVEMBER, 7),
                LifeCertificateLetters.suspension(to, NOVEMBER, LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31)),
                LifeCertificateLetters.reinstatement(to, YearMonth.of(2027, 3), 2, 2 * 1_234_56),
                LifeCertificateLetters.reinstatement(to, YearMonth.of(2027, 1), 0, 0),
                LifeCertificateLetters.reinstatement(to, YearMonth.of(2027, 2), 1, 1_234_56),
                LifeCertificateLetters.closure(to, LocalDate.of(2029, 12, 31)));
        for (Letter letter : letters) {
            String all = letter.mail().subject() + "\n" + letter.mail().text() + "\n" + letter.noticeTitle();
            assertEquals("marie.dupont@example.fr", letter.mail().to());
            assertFalse(all.matches("(?s).*\\{\\d}.*"), "a placeholder left: " + all);
            assertTrue(letter.mail().text().contains("Marie") && letter.mail().text().contains("Caixa Andorrana de Seguretat Social"), all);
            assertFalse(letter.noticeTitle().isBlank());
        }
    }

    /** Seed 003 §3.2 and DOMAIN.md's defaults: the deadline, the month it must be dated in, what follows a miss. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CA | Bon dia, Marie: | datat el mes de novembre de 2026 o més tard | el 31/12/2026 | suspesa des del mes de gener de 2027 | majoració",
            "ES | Buenos días, Marie: | fechado en el mes de noviembre de 2026 | el 31/12/2026 | suspendida desde el mes de enero de 2027 | mejora",
            "FR | Bonjour Marie, | daté du mois de novembre 2026 | le 31/12/2026 | suspendue à partir du mois de janvier 2027 | majoration",
            "EN | Hello Marie, | dated November 2026 or later | by 31/12/2026 | suspended from January 2027 | supplement"})
    void theRequestSaysWhenAndWhatFollows(Language language, String greeting, String dated, String deadline, String consequence,
                                          String supplement) {
        String text = LifeCertificateLetters.request(marie(language, 2), NOVEMBER).mail().text();
        for (String expected : List.of(greeting, dated, deadline, consequence, supplement)) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertFalse(LifeCertificateLetters.request(marie(language, 1), NOVEMBER).mail().text().contains(supplement),
                "one certificate without a supplement");
    }

    /** Arrears to the cent in the portal's format (1.234,56 €), whatever the language. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CA | Us abonarem 2.469,12 € per 2 mesos retinguts. | des del mes de març de 2027",
            "ES | Le abonaremos 2.469,12 € por 2 meses retenidos. | desde el mes de marzo de 2027",
            "FR | Nous vous verserons 2.469,12 € pour 2 mois retenus. | à partir du mois de mars 2027",
            "EN | We will pay you 2.469,12 € for 2 months withheld. | paid again from March 2027"})
    void theReinstatementSaysWhatIsPaidBack(Language language, String arrears, String resumes) {
        String text = LifeCertificateLetters.reinstatement(marie(language, 1), YearMonth.of(2027, 3), 2, 246_912).mail().text();
        assertTrue(text.contains(arrears) && text.contains(resumes), text);
    }

    /** Catalan and French elide before a vowel: "d'abril", "d'avril", "d'août", "d'octobre". */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-04 | CA | d'abril de 2026",
            "2026-08 | CA | d'agost de 2026",
            "2026-10 | CA | d'octubre de 2026",
            "2026-05 | CA | de maig de 2026",
            "2026-04 | FR | d'avril 2026",
            "2026-08 | FR | d'août 2026",
            "2026-05 | FR | de mai 2026",
            "2026-04 | ES | de abril de 2026",
            "2026-04 | EN | April 2026"})
    void aMonthInWords(YearMonth month, Language language, String expected) {
        assertEquals(expected, LifeCertificateLetters.monthIn(month, language));
    }

    @Test
    void aResidentCheckAsksForTheComusCertificate() {
        String text = LifeCertificateLetters.request(marie(Language.CA, 1), CALENDAR.residentCheck(YearMonth.of(2026, 4))).mail().text();
        assertTrue(text.contains("control de vivència") && text.contains("del vostre comú"), text);
        assertTrue(text.contains("datat el mes d'abril de 2026"), text);
    }
}
