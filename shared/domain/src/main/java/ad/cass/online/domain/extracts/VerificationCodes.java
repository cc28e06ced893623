package ad.cass.online.domain.extracts;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Verification codes (issue 20): 80 random bits in Crockford's base32 (no I, L, O, U: nothing to misread aloud),
 * 16 characters in four groups, {@code 7KQ2-M9XD-4H1T-ZC8P}. Unguessable: one chance in 2^80 per try, and the public
 * check is rate-limited besides.
 */
public final class VerificationCodes {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern CODE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    public static String next() {
        byte[] bits = new byte[10];
        RANDOM.nextBytes(bits);
        StringBuilder code = new StringBuilder(19);
        long high = 0;
        for (int i = 0; i < 5; i++) {
            high = (high << 8) | (bits[i] & 0xff);
        }
        long low = 0;
        for (int i = 5; i < 10; i++) {
            low = (low << 8) | (bits[i] & 0xff);
        }
        appendGroups(code, high);
        code.append('-');
        appendGroups(code, low);
        return code.toString();
    }

    /** 40 bits as two groups of four characters (5 bits each). */
    private static void appendGroups(StringBuilder code, long forty) {
        for (int i = 7; i >= 0; i--) {
            code.append(ALPHABET[(int) ((forty >>> (5 * i)) & 31)]);
            if (i == 4) {
                code.append('-');
            }
        }
    }

    /**
     * A code as typed or read aloud (spaces around it, lower case), written as codes are; empty when it is not one,
     * so that it is not looked up at all.
     */
    public static Optional<String> read(String typed) {
        String code = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
