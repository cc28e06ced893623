package ad.cass.online.declarants;

import ad.cass.online.aws.LambdaFunction;
import ad.cass.online.aws.StaffAnswers;
import ad.cass.online.aws.logging.RequestLogging;
import ad.cass.online.domain.declarants.DeclarantFile;
import ad.cass.online.domain.declarants.DeclarantOffice;
import ad.cass.online.domain.personalfile.Ibans;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * CASS's back office confirms a change of a declarant's data (issue 22: "the change is a procedure CASS confirms"):
 * invoked directly with {@code {"declarantNumber":"820451","procedureCode":"TA2026-…"}}
 * (events/declarants/confirm-change.json), never through the API. The file takes the values asked for; another change
 * may then be asked. A code that is not the change waiting is refused.
 */
public final class ConfirmDeclarantChangeFunction extends LambdaFunction implements RequestHandler<Map<String, String>, Map<String, Object>> {
    private final DeclarantOffice office;

    /** Lambda: the client, once per container, from the environment template.yaml sets. */
    public ConfirmDeclarantChangeFunction() {
        this(OfficeWiring.office(Clock.systemUTC()));
    }

    /** Tests: the office ready-made. */
    public ConfirmDeclarantChangeFunction(DeclarantOffice office) {
        this.office = office;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, String> payload, Context context) {
        Map<String, String> event = StaffAnswers.members(payload);
        String correlation = context == null ? UUID.randomUUID().toString() : context.getAwsRequestId();
        return RequestLogging.around(context, correlation, () -> StaffAnswers.refusedOr(() -> {
            DeclarantFile file = office.confirmChange(event.get("declarantNumber"), event.get("procedureCode"));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("status", "CONFIRMED");
            answer.put("declarantNumber", file.number());
            answer.put("email", file.email());
            answer.put("phone", file.phone());
            answer.put("address", file.address());
            // never an IBAN whole in an answer that may be logged
            answer.put("iban", file.iban() == null ? null : Ibans.mask(file.iban()));
            return answer;
        }));
    }
}
