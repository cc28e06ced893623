package ad.cass.online.domain.settings;

import ad.cass.online.domain.error.InvalidInput;

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

    public static Language fromCode(String code) {
        for (Language l : values()) {
            if (l.code.equals(code)) {
                return l;
            }
        }
        throw new InvalidInput("language", "L'idioma ha de ser un d'aquests: ca, es, fr, en.");
    }
}
