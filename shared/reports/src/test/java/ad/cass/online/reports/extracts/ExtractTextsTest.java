package ad.cass.online.reports.extracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ad.cass.online.domain.benefits.SickLeave;
import ad.cass.online.domain.contributions.ExtractPeriod;
import ad.cass.online.domain.contributions.Scheme;
import ad.cass.online.domain.extracts.ExtractType;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.reports.TranslatedTexts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The extracts' words (issue 20): all four languages for every key, each one the code asks for, each printable. */
class ExtractTextsTest {
    @Test
    void everyKeyHasItsTextInCatalanSpanishFrenchAndEnglish() {
        TranslatedTexts.fileHoldsEveryKeyInEveryLanguage(ExtractTexts.class, ExtractTexts.RESOURCE, ExtractTexts.all());
    }

    @Test
    void theTranslationsNameTheSamePlaceholders() {
        TranslatedTexts.translationsNameTheSamePlaceholders(ExtractTexts.all());
    }

    @Test
    void everyTextIsPrintableInThePdfsFont() {
        TranslatedTexts.everyTextPrintsInThePdfsFont(ExtractTexts.all());
    }

    /** Every key the extracts ask for by an enum's name: a new scheme or payer without its words fails here. */
    @Test
    void theKeysTheExtractsAskForAreThere() {
        List<String> keys = new ArrayList<>();
        for (ExtractType type : ExtractType.values()) {
            if (!type.certificate()) {
                keys.add("title." + type);
            }
        }
        for (ExtractPeriod.Kind kind : ExtractPeriod.Kind.values()) {
            keys.add("period." + kind);
        }
        for (Scheme scheme : Scheme.values()) {
            keys.add("scheme." + scheme);
        }
        for (SickLeave.Payer payer : SickLeave.Payer.values()) {
            keys.add("incapacity.payer." + payer);
            keys.add("incapacity.paidBy." + payer);
        }
        TranslatedTexts.holdsTheKeys(keys, ExtractTexts.all());
    }

    /** The Catalan titles are the domain's own, which the extract's notice and its file carry. */
    @Test
    void theCatalanTitlesAreExtractTypes() {
        for (ExtractType type : ExtractType.values()) {
            if (!type.certificate()) {
                assertEquals(type.title(), ExtractTexts.of(Language.CA).title(type), type.name());
            }
        }
    }
}
