package ad.cass.online.domain.settings;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.format.Coded;
import java.util.Optional;

/** The portal's languages (seed 000 §2.2.3): Catalan first, then Spanish, French and English. */
public enum Language implements Coded {
    CA("ca"), ES("es"), FR("fr"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The language of this code, if it is one of the portal's. */
    public static Optional<Language> ofCode(String code) {
        return Coded.find(Language.class, code);
    }

    public static Language fromCode(String code) {
        return ofCode(code).orElseThrow(() -> new InvalidInput("language", "L'idioma ha de ser un d'aquests: ca, es, fr, en."));
    }
}
