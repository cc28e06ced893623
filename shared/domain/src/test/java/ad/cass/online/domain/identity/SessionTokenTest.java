package ad.cass.online.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionTokenTest {

    @Test
    void tokensCarry256RandomBitsAndOnlyTheirHashIsKept() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = SessionToken.generate();
            assertEquals(SessionToken.LENGTH, token.length());
            assertEquals(32, Base64.getUrlDecoder().decode(token).length);
            assertTrue(SessionToken.isWellFormed(token));
            assertTrue(seen.add(token), "tokens never repeat");
            String hash = SessionToken.hash(token);
            assertNotEquals(token, hash);
            assertEquals(hash, SessionToken.hash(token), "the hash is stable: it is the session's key");
        }
    }

    @ParameterizedTest(name = "\"{0}\" is not a token")
    @NullAndEmptySource
    @ValueSource(strings = {"short", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", // 42
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", // 44
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n"})
    void malformedTokensAreRecognised(String token) {
        assertFalse(SessionToken.isWellFormed(token));
    }
}
