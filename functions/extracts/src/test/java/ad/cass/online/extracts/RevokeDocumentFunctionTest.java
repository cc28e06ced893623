package ad.cass.online.extracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ad.cass.online.domain.extracts.DocumentRevocations;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the staff get wrong is answered REFUSED, never thrown (issue 23's fuzzing, RevokeDocumentFuzzIT: an unknown or
 * malformed code threw NotFound out of the function). These refusals are decided before the store is read: none here.
 */
class RevokeDocumentFunctionTest {
    private final RevokeDocumentFunction revoke = new RevokeDocumentFunction(new DocumentRevocations(null, Clock.systemUTC()));

    @Test
    void aCodeThatIsNoCodeIsRefused() {
        Map<String, Object> answer = revoke.handleRequest(Map.of("code", "A9W0-BNN0-PRZ1", "reason", "perdut"), null);
        assertEquals("REFUSED", answer.get("status"), answer.toString());
        assertEquals(null, answer.get("field"), "the detail says it: no such document");
    }

    @Test
    void aMissingReasonIsRefusedNamingItsField() {
        Map<String, Object> answer = revoke.handleRequest(Map.of("code", "A9W0-BNN0-PRZ1-DET1"), null);
        assertEquals(Map.of("status", "REFUSED", "field", "reason"), Map.of("status", answer.get("status"), "field", answer.get("field")));
    }

    @Test
    void noPayloadIsRefusedNotANullPointerException() {
        assertEquals("REFUSED", revoke.handleRequest(null, null).get("status"));
    }
}
