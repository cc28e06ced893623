package ad.cass.online.domain.text;

import ad.cass.online.domain.settings.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A text for the person, kept as its Catalan pattern ({@code {0}}, {@code {1}}: the arguments) and its arguments,
 * so that it is put into the reader's language only when the answer is written ({@link Translations}). An
 * argument may be a Text itself: a phrase of the catalogue that has to be translated too (a sub-case's name).
 */
public record Text(String pattern, List<Object> args) {

    public Text {
        Objects.requireNonNull(pattern, "pattern");
        args = Collections.unmodifiableList(new ArrayList<>(args)); // List.copyOf would refuse a null argument
    }

    public static Text of(String pattern, Object... args) {
        return new Text(pattern, Arrays.asList(args));
    }

    public String in(Language language) {
        return Translations.of(language, pattern, args.toArray());
    }

    /** The Catalan text, arguments in place: what logs and {@code getMessage()} show. */
    @Override
    public String toString() {
        return in(Language.CA);
    }
}
