package ad.cass.online.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ad.cass.online.domain.error.InvalidInput;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The staff functions' answers (issue 23's fuzzing: a payload of null threw a NullPointerException out of all five). */
class StaffAnswersTest {
    @Test
    void aNullPayloadHasNoMembers() {
        assertEquals(Map.of(), StaffAnswers.members(null));
        assertEquals(Map.of("code", "x"), StaffAnswers.members(Map.of("code", "x")));
    }

    @Test
    void whatTheStaffGotWrongIsRefusedNamingItsField() {
        Map<String, Object> answer = StaffAnswers.refusedOr(() -> {
            throw new InvalidInput("paidOn", "Data no vàlida.");
        });
        assertEquals(Map.of("status", "REFUSED", "field", "paidOn", "detail", "Data no vàlida."), answer);
    }
}
