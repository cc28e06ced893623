package ad.cass.online.domain.settings;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.format.Coded;

/** Seed 000 §2.2.3, Configuració: the portal's only display setting, the size of the text. */
public enum TextSize implements Coded {
    NORMAL("normal"), LARGE("large"), LARGER("larger");

    private final String code;

    TextSize(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static TextSize fromCode(String code) {
        return Coded.find(TextSize.class, code)
                .orElseThrow(() -> new InvalidInput("textSize", "La mida del text ha de ser una d'aquestes: normal, large, larger."));
    }
}
