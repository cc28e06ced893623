package ad.cass.online.extracts;

import ad.cass.online.aws.LambdaFunction;
import ad.cass.online.aws.StaffAnswers;
import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.dynamodb.RecordsSettings;
import ad.cass.online.aws.extracts.DynamoExtractStore;
import ad.cass.online.aws.logging.RequestLogging;
import ad.cass.online.domain.extracts.DocumentRevocations;
import ad.cass.online.domain.extracts.Verification;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CASS's staff revoke an issued document (issue 20): invoked directly, never through the API (template.yaml gives it
 * no route; who may invoke it is IAM's to say), with {@code {"code": "…", "reason": "…"}}. From then on the public
 * check answers REVOKED. An unknown code or a missing reason is answered {@code {"status":"REFUSED",…}} for the back
 * office to show, as the other staff functions answer (StaffAnswers): thrown, it reached the caller as a stack trace,
 * and Lambda's retry of a failed invocation would have repeated it (issue 23's fuzzing found it).
 */
public final class RevokeDocumentFunction extends LambdaFunction implements RequestHandler<Map<String, String>, Map<String, Object>> {
    private static final Logger LOG = LoggerFactory.getLogger(RevokeDocumentFunction.class);

    private final DocumentRevocations revocations;

    /** Lambda: the client, once per container, from the environment template.yaml sets. */
    public RevokeDocumentFunction() {
        this(new DocumentRevocations(new DynamoExtractStore(DynamoDbClients.create(), RecordsSettings.recordsTable()), Clock.systemUTC()));
    }

    /** Tests: the revocations ready-made. */
    public RevokeDocumentFunction(DocumentRevocations revocations) {
        this.revocations = revocations;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, String> payload, Context context) {
        Map<String, String> event = StaffAnswers.members(payload);
        String correlation = context == null ? UUID.randomUUID().toString() : context.getAwsRequestId();
        return RequestLogging.around(context, correlation, () -> StaffAnswers.refusedOr(() -> {
            Verification revoked = revocations.revoke(event.get("code"), event.get("reason"));
            // the code is the key to the document: never logged whole
            LOG.info("document revoked: {} issued {}", revoked.type().code(), revoked.issuedAt());
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("code", revoked.code());
            answer.put("status", revoked.revoked() ? "REVOKED" : "VALID");
            answer.put("type", revoked.type().code());
            answer.put("issuedAt", revoked.issuedAt().toString());
            return answer;
        }));
    }
}
