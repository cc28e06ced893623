package ad.cass.online.lifecertificates;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.access.AccessSettings;
import ad.cass.online.aws.access.DynamoAccessLog;
import ad.cass.online.aws.documents.S3DocumentStore;
import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.dynamodb.RecordsSettings;
import ad.cass.online.aws.http.ApiFunction;
import ad.cass.online.aws.http.ApiRequest;
import ad.cass.online.aws.http.ApiResponse;
import ad.cass.online.aws.http.JsonBody;
import ad.cass.online.aws.lifecertificates.DynamoLifeCertificateStore;
import ad.cass.online.aws.lifecertificates.LifeCertificateViews;
import ad.cass.online.aws.notices.DynamoNoticeStore;
import ad.cass.online.aws.mail.SesMailer;
import ad.cass.online.aws.notices.NoticeSettings;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.person.PeopleSettings;
import ad.cass.online.aws.procedures.DynamoProcedureStore;
import ad.cass.online.aws.procedures.ProcedureViews;
import ad.cass.online.aws.s3.S3Clients;
import ad.cass.online.aws.ses.SesClients;
import ad.cass.online.aws.signin.SigninSettings;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.lifecertificates.LifeCertificateService;
import ad.cass.online.domain.lifecertificates.LifeCertificateSettings;
import ad.cass.online.domain.lifecertificates.PostedLetters;
import ad.cass.online.domain.lifecertificates.Submission;
import ad.cass.online.domain.lifecertificates.VideoCallRequests;
import ad.cass.online.domain.procedures.Procedure;
import java.time.Clock;
import java.util.Base64;

/**
 * Proof of life in the portal (issue 21; seed 003 §3): the pensioner, or the direct insured person acting for them,
 * sends a life certificate and sees where their campaigns and pension stand, or asks for an OVAC video call.
 */
public final class LifeCertificatesApiFunction extends ApiFunction {
    static final String NOT_BASE64 = "El fitxer ha d'anar codificat en base64.";

    /** The domain services this function translates to, built once per container. */
    public record Services(LifeCertificateService certificates, VideoCallRequests videoCalls, long maxFileBytes) {
        /** From the environment template.yaml sets, on the given clock (tests move it). */
        public static Services fromEnvironment(Clock clock) {
            var dynamo = DynamoDbClients.create();
            var guard = new AccessGuard(new DynamoPersonStore(dynamo, PeopleSettings.peopleTable()),
                    new DynamoAccessLog(dynamo, AccessSettings.accessLogTable()), clock);
            var store = new DynamoLifeCertificateStore(dynamo, RecordsSettings.recordsTable());
            var settings = LifeCertificateSettings.fromValues(name -> Env.optional(name).orElse(null));
            var files = new S3DocumentStore(S3Clients.deferred(), S3Clients.deferredPresigner(), NoticeSettings.documentsBucket());
            var letters = new PostedLetters(new DynamoNoticeStore(dynamo, RecordsSettings.recordsTable()),
                    new SesMailer(SesClients.deferred(), SigninSettings.mailFrom()));
            return new Services(new LifeCertificateService(guard, store, files, letters, settings, clock),
                    new VideoCallRequests(guard, store, new DynamoProcedureStore(dynamo, RecordsSettings.recordsTable()), clock),
                    settings.maxFileBytes());
        }
    }

    private final Services services;

    /** Lambda: the clients, once per container, from the environment template.yaml sets. */
    public LifeCertificatesApiFunction() {
        this(Services.fromEnvironment(Clock.systemUTC()));
    }

    /** Tests: the services ready-made. */
    public LifeCertificatesApiFunction(Services services) {
        this.services = services;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return switch (request.routeKey()) {
            case "GET /life-certificates" -> ApiResponse.ok(LifeCertificateViews.StatusView.of(
                    services.certificates().status(request.principal())));
            case "POST /life-certificates" -> submit(request);
            case "POST /life-certificates/video-call" -> videoCall(request);
            default -> unknownRoute(request);
        };
    }

    /** Issue 21: 201 with the campaigns it counts for; the same file again answers the same (a retry). */
    private ApiResponse submit(ApiRequest request) {
        JsonBody body = request.jsonBody();
        // base64 takes 4 characters for 3 bytes: a longer text is a file over the limit, refused before decoding
        String encoded = body.requiredString("file", (int) Math.min(Integer.MAX_VALUE, (services.maxFileBytes() + 2) / 3 * 4 + 4));
        byte[] file;
        try {
            file = Base64.getMimeDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("file", NOT_BASE64);
        }
        Submission submission = Submission.of(body.requiredString("issuerType", 40), body.requiredString("issueDate", 10),
                body.optionalString("country", 2).orElse(null), body.optionalString("fileName", 200).orElse(null),
                body.optionalString("contentType", 100).orElse(null), file);
        var submitted = services.certificates().submit(request.principal(), submission, file);
        return ApiResponse.created(LifeCertificateViews.AcceptedView.of(submitted), "/life-certificates");
    }

    /** Issue 21: an OVAC video-call appointment, filed as a procedure once per Idempotency-Key. */
    private ApiResponse videoCall(ApiRequest request) {
        JsonBody body = request.jsonBody();
        Procedure filed = services.videoCalls().request(request.principal(), request.header("idempotency-key").orElse(null),
                body.requiredString("preferredDate", 10), body.optionalString("timeOfDay", 20).orElse(null));
        return ApiResponse.created(ProcedureViews.DetailView.of(filed), "/procedures/" + filed.code());
    }

    /** SnapStart priming: the proof of life of a person who does not exist, through the whole request path. */
    @Override
    protected void prime() {
        handleRequest(primingRequest("GET /life-certificates"), null);
    }
}
