package ad.cass.online.domain.text;

import ad.cass.online.domain.settings.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language an {@code Accept-Language} header (RFC 9110 §12.5.4) asks for, among the portal's: the supported
 * one with the highest q-value, the earlier on a tie. A region does not matter ({@code fr-FR} is French), a
 * q-value of 0 refuses the language, and {@code *} accepts any, so Catalan.
 */
public final class AcceptLanguage {
    /** Browsers send a handful; a header of hundreds is not read to the end. */
    private static final int MAX_RANGES = 32;

    private AcceptLanguage() {
    }

    public static Optional<Language> preferred(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        record Range(Language language, double q) {
        }
        List<Range> ranges = new ArrayList<>();
        String[] parts = header.split(",", MAX_RANGES + 1);
        for (int i = 0; i < Math.min(parts.length, MAX_RANGES); i++) {
            // -1 keeps the empty pieces: ";" would otherwise split into none, and the tag is read from the first (issue 23)
            String[] pieces = parts[i].split(";", -1);
            String tag = pieces[0].trim().toLowerCase(Locale.ROOT);
            String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
            Optional<Language> language = "*".equals(primary) ? Optional.of(Language.CA) : Language.ofCode(primary);
            double q = quality(pieces);
            if (language.isPresent() && q > 0) {
                ranges.add(new Range(language.get(), q));
            }
        }
        // a stable sort: among equal q-values the client's order stands
        return ranges.stream().sorted(Comparator.comparingDouble(Range::q).reversed()).map(Range::language).findFirst();
    }

    /** The {@code q} parameter; 1 when absent, 0 (refused) when it is not a number between 0 and 1. */
    private static double quality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].trim();
            if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                try {
                    double q = Double.parseDouble(parameter.substring(2).trim());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
