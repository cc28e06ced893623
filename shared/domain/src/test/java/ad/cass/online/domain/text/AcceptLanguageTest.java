package ad.cass.online.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ad.cass.online.domain.settings.Language;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 17: before sign-in the answer is in the first of the portal's languages the client accepts. */
class AcceptLanguageTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "es | ES",
            "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7 | FR",
            "de-DE,de;q=0.9,es;q=0.5,en;q=0.4 | ES",
            "en;q=0.5, es;q=0.8 | ES",
            "es, fr | ES",
            "EN-gb | EN",
            "ca-ES-valencia | CA",
            "de, * ;q=0.1 | CA",
            "fr;q=0, en | EN",
            "fr;q=0 | none",
            "en;q=abc, es;q=0.1 | ES",
            "en;q=2, es;q=0.1 | ES",
            "de, it, pt-BR | none",
            "'' | none",
            "';;;,,' | none",
            "'es,;' | ES",
            "none | none"})
    void theFirstSupportedByQuality(String header, Language expected) {
        assertEquals(Optional.ofNullable(expected), AcceptLanguage.preferred(header));
    }
}
