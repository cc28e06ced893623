package ad.cass.online.aws;

import ad.cass.online.domain.error.Conflict;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.NotFound;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The answer of a function CASS's staff invoke directly (no route, no problem+json): what they got wrong is answered
 * {@code {"status":"REFUSED","field":…,"detail":…}} for the back office to show, never thrown; a passing failure
 * (Unavailable) is thrown, so that the invocation fails and is retried.
 */
public final class StaffAnswers {
    private StaffAnswers() {
    }

    /**
     * The members of a staff event: none when the payload is {@code null} (an invoke without one, or of {@code null},
     * which the Lambda runtime hands on as a null map), so that it is refused for the first member it lacks instead of
     * failing with a NullPointerException (issue 23's fuzzing).
     */
    public static Map<String, String> members(Map<String, String> event) {
        return event == null ? Map.of() : event;
    }

    public static Map<String, Object> refusedOr(Supplier<Map<String, Object>> answer) {
        try {
            return answer.get();
        } catch (InvalidInput e) {
            return refused(e.field(), e.getMessage());
        } catch (NotFound | Conflict e) {
            return refused(null, e.getMessage());
        }
    }

    private static Map<String, Object> refused(String field, String detail) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "REFUSED");
        if (field != null) {
            answer.put("field", field);
        }
        answer.put("detail", detail);
        return answer;
    }
}
