package ad.cass.online.domain.signin;

import java.nio.CharBuffer;
import java.text.Normalizer;

/**
 * A PIN or password as it is hashed and checked: Unicode NFKC first (NIST SP 800-63B §5.1.1.2), so the same
 * PIN typed on another keyboard (full-width digits, a composed or decomposed accent) is the same PIN.
 * <p>Plain ASCII is already NFKC, so it comes back as the very array it was, and no copy of the secret is
 * made; only other text passes through a String, which cannot be wiped.
 */
public final class Secrets {
    private Secrets() {
    }

    /** @return {@code secret} itself when it is ASCII, else a new array the caller should wipe */
    public static char[] normalized(char[] secret) {
        for (char c : secret) {
            if (c > 0x7f) {
                return Normalizer.normalize(CharBuffer.wrap(secret), Normalizer.Form.NFKC).toCharArray();
            }
        }
        return secret;
    }

    /** Wipes {@code normalized} if {@link #normalized} made it (a copy), never the caller's own array. */
    static void wipe(char[] normalized, char[] original) {
        if (normalized != original) {
            java.util.Arrays.fill(normalized, '\0');
        }
    }
}
