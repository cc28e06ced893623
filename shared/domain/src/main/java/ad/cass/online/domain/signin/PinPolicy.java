package ad.cass.online.domain.signin;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.person.CassNumber;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new PIN must be (issue 4; NIST SP 800-63B §5.1.1.2, no composition rules): at least 8
 * characters, at most 128, not the person's CASS number, and not one of the commonly used PINs shipped
 * in {@code security/common-pins.txt}.
 */
public final class PinPolicy {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = load();

    private PinPolicy() {
    }

    /** @param field the request field to name in the error */
    public static void check(char[] pin, CassNumber cassNumber, String field) {
        int length = String.valueOf(pin).codePointCount(0, pin.length);
        if (length < MIN_LENGTH) {
            throw new InvalidInput(field, "El PIN ha de tenir com a mínim " + MIN_LENGTH + " caràcters.");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidInput(field, "El PIN pot tenir com a màxim " + MAX_LENGTH + " caràcters.");
        }
        String lower = String.valueOf(pin).toLowerCase(Locale.ROOT);
        if (lower.contains(cassNumber.value().toLowerCase(Locale.ROOT))) {
            throw new InvalidInput(field, "El PIN no pot contenir el número de la CASS.");
        }
        if (COMMON.contains(lower)) {
            throw new InvalidInput(field, "Aquest PIN és massa comú i fàcil d'endevinar. Trieu-ne un altre.");
        }
    }

    private static Set<String> load() {
        var stream = PinPolicy.class.getResourceAsStream("/security/common-pins.txt");
        if (stream == null) {
            throw new IllegalStateException("security/common-pins.txt is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
