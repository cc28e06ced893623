package ad.cass.online.lifecertificates;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.LambdaFunction;
import ad.cass.online.aws.StaffAnswers;
import ad.cass.online.aws.documents.S3DocumentStore;
import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.dynamodb.RecordsSettings;
import ad.cass.online.aws.http.Json;
import ad.cass.online.aws.lifecertificates.DynamoLifeCertificateStore;
import ad.cass.online.aws.lifecertificates.LifeCertificateViews;
import ad.cass.online.aws.logging.RequestLogging;
import ad.cass.online.aws.mail.SesMailer;
import ad.cass.online.aws.notices.DynamoNoticeStore;
import ad.cass.online.aws.notices.NoticeSettings;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.person.PeopleSettings;
import ad.cass.online.aws.s3.S3Clients;
import ad.cass.online.aws.ses.SesClients;
import ad.cass.online.aws.signin.SigninSettings;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.lifecertificates.LifeCertificateSettings;
import ad.cass.online.domain.lifecertificates.PostedLetters;
import ad.cass.online.domain.lifecertificates.StaffRecordings;
import ad.cass.online.domain.lifecertificates.Submission;
import ad.cass.online.domain.person.CassNumber;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CASS's staff record a proof of life they took or received themselves (issue 21: "CASS_IN_PERSON and OVAC_VIDEO_CALL,
 * recorded by CASS staff, not by the pensioner"; a paper certificate that came by post, with its scan): invoked
 * directly, never through the API (template.yaml gives it no route; who may invoke it is IAM's to say), with
 * events/lifecertificates/record-by-staff.json's fields. The same rules, reinstatement and letters as the portal's;
 * the same {@code reference} again counts once.
 * <p>What the staff member got wrong (a field, a pension closed, nobody by that number) is answered
 * {@code {"status":"REFUSED", "field", "detail"}} for the back office to show; a passing failure fails the
 * invocation, to be retried.
 */
public final class RecordLifeCertificateFunction extends LambdaFunction
        implements RequestHandler<Map<String, String>, Map<String, Object>> {
    private static final Logger LOG = LoggerFactory.getLogger(RecordLifeCertificateFunction.class);
    private static final TypeReference<Map<String, Object>> AS_MAP = new TypeReference<>() {
    };

    private final StaffRecordings recordings;

    /** Lambda: the clients, once per container, from the environment template.yaml sets. */
    public RecordLifeCertificateFunction() {
        this(recordings(Clock.systemUTC()));
    }

    /** Tests: the recordings ready-made. */
    public RecordLifeCertificateFunction(StaffRecordings recordings) {
        this.recordings = recordings;
    }

    /** From the environment template.yaml sets, on the given clock (tests move it). */
    public static StaffRecordings recordings(Clock clock) {
        var dynamo = DynamoDbClients.create();
        var settings = LifeCertificateSettings.fromValues(name -> Env.optional(name).orElse(null));
        return new StaffRecordings(new DynamoPersonStore(dynamo, PeopleSettings.peopleTable()),
                new DynamoLifeCertificateStore(dynamo, RecordsSettings.recordsTable()),
                new S3DocumentStore(S3Clients.deferred(), S3Clients.deferredPresigner(), NoticeSettings.documentsBucket()),
                new PostedLetters(new DynamoNoticeStore(dynamo, RecordsSettings.recordsTable()),
                        new SesMailer(SesClients.deferred(), SigninSettings.mailFrom())), settings, clock);
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, String> payload, Context context) {
        Map<String, String> event = StaffAnswers.members(payload);
        String correlation = context == null ? UUID.randomUUID().toString() : context.getAwsRequestId();
        return RequestLogging.around(context, correlation, () -> StaffAnswers.refusedOr(() -> record(event)));
    }

    private Map<String, Object> record(Map<String, String> event) {
        CassNumber pensioner = CassNumber.of(event.get("cassNumber")); // refused with its field when malformed
        byte[] file = null;
        if (event.get("file") != null && !event.get("file").isBlank()) {
            try {
                file = Base64.getMimeDecoder().decode(event.get("file"));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("file", LifeCertificatesApiFunction.NOT_BASE64);
            }
        }
        Submission submission = Submission.of(event.get("issuerType"), event.get("issueDate"), event.get("country"),
                event.get("fileName"), event.get("contentType"), file);
        var recorded = recordings.record(pensioner, event.get("staffId"), event.get("reference"),
                submission, file);
        // never the whole CASS number in a log line
        LOG.info("proof of life recorded by staff for {}: {} counts for {}{}", pensioner.masked(),
                recorded.certificate().issuerType(), recorded.certificate().countsFor(), recorded.duplicate() ? " (again)" : "");
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", recorded.duplicate() ? "DUPLICATE" : "RECORDED");
        answer.putAll(Json.MAPPER.convertValue(LifeCertificateViews.AcceptedView.of(recorded), AS_MAP));
        return answer;
    }
}
