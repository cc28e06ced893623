package ad.cass.online.declarants;

import ad.cass.online.aws.LambdaFunction;
import ad.cass.online.aws.StaffAnswers;
import ad.cass.online.aws.logging.RequestLogging;
import ad.cass.online.domain.declarants.ContributionSheet;
import ad.cass.online.domain.declarants.DeclarantOffice;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * CASS's back office records that a declarant's payment came in (issue 22: the bank is out of scope, so CASS says
 * when the money arrived): invoked directly with {@code {"paymentId":"PG-820451-2026-09","paidOn":"2026-12-01"}}
 * (events/declarants/record-payment.json), never through the API. The same payment again answers as recorded.
 */
public final class RecordDeclarantPaymentFunction extends LambdaFunction implements RequestHandler<Map<String, String>, Map<String, Object>> {
    private final DeclarantOffice office;

    /** Lambda: the client, once per container, from the environment template.yaml sets. */
    public RecordDeclarantPaymentFunction() {
        this(OfficeWiring.office(Clock.systemUTC()));
    }

    /** Tests: the office ready-made. */
    public RecordDeclarantPaymentFunction(DeclarantOffice office) {
        this.office = office;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, String> payload, Context context) {
        Map<String, String> event = StaffAnswers.members(payload);
        String correlation = context == null ? UUID.randomUUID().toString() : context.getAwsRequestId();
        return RequestLogging.around(context, correlation, () -> StaffAnswers.refusedOr(() -> {
            ContributionSheet paid = office.recordPaid(event.get("paymentId"), event.get("paidOn"));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("status", paid.paymentState().name());
            answer.put("paymentId", paid.paymentId());
            answer.put("reference", paid.payment().reference());
            answer.put("amountCents", paid.payment().amountCents());
            answer.put("paidOn", paid.payment().paidOn().toString());
            return answer;
        }));
    }
}
