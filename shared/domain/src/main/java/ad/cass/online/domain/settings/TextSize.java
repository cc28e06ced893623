package ad.cass.online.domain.settings;

import ad.cass.online.domain.error.InvalidInput;

/** Seed 000 §2.2.3, Configuració: the portal's only display setting, the size of the text. */
public enum TextSize {
    NORMAL("normal"), LARGE("large"), LARGER("larger");

    private final String code;

    TextSize(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static TextSize fromCode(String code) {
        for (TextSize t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new InvalidInput("textSize", "La mida del text ha de ser una d'aquestes: normal, large, larger.");
    }
}
