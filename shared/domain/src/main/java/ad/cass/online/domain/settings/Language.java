package ad.cass.online.domain.settings;

import ad.cass.online.domain.error.InvalidInput;
import java.util.Optional;

/** The portal's languages (seed 000 §2.2.3): Catalan first, then Spanish, French and English. */
public enum Language {
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
        for (Language l : values()) {
            if (l.code.equals(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    public static Language fromCode(String code) {
        return ofCode(code).orElseThrow(() -> new InvalidInput("language", "L'idioma ha de ser un d'aquests: ca, es, fr, en."));
    }
}
