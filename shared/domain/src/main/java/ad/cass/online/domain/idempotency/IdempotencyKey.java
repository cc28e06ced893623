package ad.cass.online.domain.idempotency;

import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.person.CassNumber;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/**
 * The client's key for a write it may retry (the {@code Idempotency-Key} header): the same key from the same
 * person names the same write, so a retry finds what the first request did instead of doing it again.
 */
public record IdempotencyKey(String value) {
    static final String BAD_KEY = "Cal una capçalera Idempotency-Key d'entre 8 i 64 caràcters (lletres, xifres, - i _).";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    public IdempotencyKey {
        if (value == null || !KEY.matcher(value).matches()) {
            throw new InvalidInput("Idempotency-Key", BAD_KEY);
        }
    }

    /** SHA-256 of the person and the key: what a write's reference is drawn from. */
    public byte[] digestFor(CassNumber person) {
        try {
            return MessageDigest.getInstance("SHA-256").digest((person.value() + ":" + value).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
