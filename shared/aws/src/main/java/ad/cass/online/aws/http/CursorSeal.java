package ad.cass.online.aws.http;

import ad.cass.online.aws.Env;
import ad.cass.online.domain.error.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Page cursors as the API hands them out: opaque and tamper-proof (issue 18). The store's cursor (where the next
 * page starts) travels with an HMAC-SHA256 over it, the caller, the profile they act as and the route, so a cursor
 * that was changed, made up, or taken from another person, profile or list is a 400, never another page. The key is
 * CURSOR_KEY, a generated secret (template.yaml, CursorKeySecret).
 */
public final class CursorSeal {
    /** The same words as a store's refusal of a cursor that is no key of its list (PageCursors). */
    static final String BAD_CURSOR = "El cursor de la pàgina no és vàlid. Torneu a començar per la primera pàgina.";
    private static final Base64.Encoder OUT = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder IN = Base64.getUrlDecoder();
    /** 128 bits of the MAC: forging one is a 2^-128 guess. */
    private static final int TAG_BYTES = 16;

    private final SecretKeySpec key;

    public CursorSeal(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("a cursor key has at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** From the environment template.yaml sets. */
    public static CursorSeal fromEnvironment() {
        return new CursorSeal(Env.required("CURSOR_KEY").getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor to give {@code request}'s caller for the page after this one; null (the last page) stays null. */
    public String seal(String cursor, ApiRequest request) {
        return cursor == null ? null : cursor + "." + OUT.encodeToString(tag(cursor, request));
    }

    /** The store's cursor in {@code request}'s {@code ?cursor=}, once its seal is checked; null when there is none. */
    public String open(ApiRequest request) {
        String sealed = request.queryParameter("cursor").orElse(null);
        if (sealed == null) {
            return null;
        }
        int dot = sealed.lastIndexOf('.');
        try {
            if (dot > 0 && MessageDigest.isEqual(tag(sealed.substring(0, dot), request), IN.decode(sealed.substring(dot + 1)))) {
                return sealed.substring(0, dot);
            }
        } catch (IllegalArgumentException notBase64) {
            // falls through to the refusal
        }
        throw new InvalidInput("cursor", BAD_CURSOR);
    }

    private byte[] tag(String cursor, ApiRequest request) {
        String bound = request.principal().cassNumber().value() + "\n" + request.principal().profileId() + "\n"
                + request.routeKey() + "\n" + cursor;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(bound.getBytes(StandardCharsets.UTF_8)), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
