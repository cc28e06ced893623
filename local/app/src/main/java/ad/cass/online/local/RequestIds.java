package ad.cass.online.local;

import java.security.SecureRandom;
import java.util.Base64;

/** Request ids shaped like API Gateway's: short, random, URL-safe. */
final class RequestIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestIds() {
    }

    static String next() {
        byte[] id = new byte[12];
        RANDOM.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }
}
