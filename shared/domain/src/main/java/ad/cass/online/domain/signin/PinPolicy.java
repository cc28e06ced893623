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
 * characters, at most 128, not the person's CASS number, and not a commonly used one. The common ones (OWASP
 * ASVS 5.0 asks for at least the 3,000 most used): the 30,000 most common passwords that zxcvbn (MIT) ships,
 * plus our own {@code security/common-pins.txt} with the local ones (Catalan, Spanish, French, CASS). The PIN
 * is checked as it is hashed, after NFKC ({@link Secrets#normalized}).
 */
public final class PinPolicy {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    /** zxcvbn's list of the most common passwords, most common first, in its jar (MIT). */
    static final String BREACHED = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";
    static final String LOCAL = "/security/common-pins.txt";

    private PinPolicy() {
    }

    /** @param field the request field to name in the error */
    public static void check(char[] pin, CassNumber cassNumber, String field) {
        int length = String.valueOf(pin).codePointCount(0, pin.length);
        if (length < MIN_LENGTH) {
            throw new InvalidInput(field, "El PIN ha de tenir com a mínim {0} caràcters.", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new InvalidInput(field, "El PIN pot tenir com a màxim {0} caràcters.", MAX_LENGTH);
        }
        String lower = String.valueOf(pin).toLowerCase(Locale.ROOT);
        if (lower.contains(cassNumber.value().toLowerCase(Locale.ROOT))) {
            throw new InvalidInput(field, "El PIN no pot contenir el número de la CASS.");
        }
        if (Common.PINS.contains(lower)) {
            throw new InvalidInput(field, "Aquest PIN és massa comú i fàcil d'endevinar. Trieu-ne un altre.");
        }
    }

    /** Loaded on the first check only: a login never needs it, so sign-in's cold start does not pay for it. */
    static final class Common {
        static final Set<String> PINS = union(load(LOCAL), load(BREACHED));

        private Common() {
        }

        private static Set<String> union(Set<String> a, Set<String> b) {
            java.util.HashSet<String> all = new java.util.HashSet<>(a);
            all.addAll(b);
            return Set.copyOf(all);
        }
    }

    static Set<String> load(String resource) {
        var stream = PinPolicy.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException(resource + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
