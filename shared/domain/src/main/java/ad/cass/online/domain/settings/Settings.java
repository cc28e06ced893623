package ad.cass.online.domain.settings;

import java.util.Objects;

/** A person's settings (seed 000 §2.2.3): text size and language; a person who never chose has the defaults. */
public record Settings(TextSize textSize, Language language) {
    public static final Settings DEFAULT = new Settings(TextSize.NORMAL, Language.CA);

    public Settings {
        Objects.requireNonNull(textSize, "textSize");
        Objects.requireNonNull(language, "language");
    }
}
