package ad.cass.online.procedures;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.access.AccessSettings;
import ad.cass.online.aws.access.DynamoAccessLog;
import ad.cass.online.aws.documents.DownloadView;
import ad.cass.online.aws.documents.S3DocumentStore;
import ad.cass.online.aws.documents.S3UploadStore;
import ad.cass.online.domain.documents.DocumentLinks;
import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.dynamodb.RecordsSettings;
import ad.cass.online.aws.http.ApiFunction;
import ad.cass.online.aws.http.ApiRequest;
import ad.cass.online.aws.http.ApiResponse;
import ad.cass.online.aws.http.CursorSeal;
import ad.cass.online.aws.http.JsonBody;
import ad.cass.online.aws.notices.NoticeSettings;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.person.PeopleSettings;
import ad.cass.online.aws.procedures.DynamoProcedureStore;
import ad.cass.online.aws.procedures.ProcedureViews;
import ad.cass.online.aws.s3.S3Clients;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.domain.procedures.ProcedureAction;
import ad.cass.online.domain.procedures.ProcedureFilter;
import ad.cass.online.domain.procedures.ProcedureRequests;
import ad.cass.online.domain.procedures.ProcedureService;
import ad.cass.online.domain.procedures.ProcedureStatus;
import ad.cass.online.domain.procedures.ProcedureType;
import ad.cass.online.domain.procedures.ProcedureUploads;
import ad.cass.online.domain.procedures.RequestForm;
import ad.cass.online.domain.procedures.RequestRules;
import ad.cass.online.reports.ExportFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * The procedures (tràmits) of the person the caller acts as (issue 18; seed 000 §2.1.2): the pending ones and the
 * search by type, period and code, and their export; one procedure, and its documents grouped as the manual shows them;
 * the requests of seeds 001/002 filed and changed; the documents the person brings; accepting or cancelling one that
 * waits on the person.
 */
public final class ProceduresApiFunction extends ApiFunction {
    static final int DEFAULT_PAGE = 20;
    static final String BAD_STATUS = "L'estat ha de ser un d'aquests: pending, in-progress, finished, cancelled.";
    private final Services services;

    /** What the routes call: reading, filing and changing, and the documents people bring. */
    public record Services(ProcedureService procedures, ProcedureRequests requests, ProcedureUploads uploads, CursorSeal cursors) {
        /** From the environment template.yaml sets, on the given clock (tests move it). */
        public static Services fromEnvironment(Clock clock) {
            var dynamo = DynamoDbClients.create();
            var guard = new AccessGuard(new DynamoPersonStore(dynamo, PeopleSettings.peopleTable()),
                    new DynamoAccessLog(dynamo, AccessSettings.accessLogTable()), clock);
            var store = new DynamoProcedureStore(dynamo, RecordsSettings.recordsTable());
            // built on first use, one each for the download and the upload links alike: the lists need neither
            var s3 = S3Clients.deferred();
            var presigner = S3Clients.deferredPresigner();
            String bucket = NoticeSettings.documentsBucket();
            return new Services(new ProcedureService(guard, store, new DocumentLinks(new S3DocumentStore(s3, presigner, bucket),
                    Duration.ofSeconds(Env.integer("DOCUMENT_LINK_SECONDS", 300)), clock), clock),
                    new ProcedureRequests(guard, store, new RequestRules(Set.of(Env.required("CONVENTION_COUNTRIES").split(",")),
                            Env.integer("TRAVEL_FORM_MAX_DAYS", 365)), clock),
                    new ProcedureUploads(guard, store, new S3UploadStore(s3, presigner, bucket),
                            Env.integer("UPLOAD_MAX_BYTES", 10 * 1024 * 1024), Duration.ofSeconds(Env.integer("UPLOAD_LINK_SECONDS", 900)),
                            clock),
                    CursorSeal.fromEnvironment());
        }
    }

    /** Lambda: the clients, once per container, from the environment template.yaml sets. */
    public ProceduresApiFunction() {
        this(Services.fromEnvironment(Clock.systemUTC()));
    }

    /** Tests: the services ready-made. */
    public ProceduresApiFunction(Services services) {
        this.services = services;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        String code = request.pathParameter("code").orElse("");
        return switch (request.routeKey()) {
            case "GET /procedures" -> search(request);
            case "GET /procedures/forms" -> ApiResponse.ok(ProcedureViews.FormsView.of(RequestForm.all()));
            case "GET /procedures/export" -> export(request);
            case "POST /procedures" -> file(request);
            case "GET /procedures/{code}" -> ApiResponse.ok(ProcedureViews.DetailView.of(
                    services.procedures().procedure(request.principal(), code)));
            case "PATCH /procedures/{code}" -> ApiResponse.ok(ProcedureViews.DetailView.of(services.requests().modify(
                    request.principal(), code, request.header("idempotency-key").orElse(null),
                    request.jsonBody().optionalStringMembers("fields", 20, 120))));
            case "GET /procedures/{code}/documents" -> ApiResponse.ok(ProcedureViews.DocumentsView.of(
                    services.procedures().procedure(request.principal(), code)));
            case "POST /procedures/{code}/documents" -> upload(request, code);
            case "GET /procedures/{code}/documents/{id}" -> ApiResponse.ok(DownloadView.of(services.procedures().download(
                    request.principal(), code, request.pathParameter("id").orElse(""))));
            case "POST /procedures/{code}/documents/{id}/complete" -> ApiResponse.ok(ProcedureViews.DetailView.of(
                    services.uploads().uploaded(request.principal(), code, request.pathParameter("id").orElse(""))));
            case "POST /procedures/{code}/accept" -> act(request, ProcedureAction.ACCEPT);
            case "POST /procedures/{code}/cancel" -> act(request, ProcedureAction.CANCEL);
            default -> unknownRoute(request);
        };
    }

    /** Seed 000 §2.1.2: a page of the pending ones or of a search, its cursor sealed. */
    private ApiResponse search(ApiRequest request) {
        ProcedureViews.PageView page = ProcedureViews.PageView.of(services.procedures().search(request.principal(), filter(request),
                request.pageSize(DEFAULT_PAGE), services.cursors().open(request)));
        return ApiResponse.ok(new ProcedureViews.PageView(page.procedures(), services.cursors().seal(page.next(), request)));
    }

    /** Issue 18: the table as shown, for the same filters, as a PDF or a spreadsheet to keep. */
    private ApiResponse export(ApiRequest request) {
        ExportFormat format = ExportFormat.fromCode(request.queryParameter("format").orElse(""));
        ProcedureService.Listing listing = services.procedures().listing(request.principal(), filter(request));
        return ApiResponse.file(format.write(new ProcedureExport(listing)), format.contentType(),
                format.fileName("tramits", listing.person().cassNumber(), listing.readAt()));
    }

    /** Seeds 001 and 002, "Sol·licitar": 201 with the new procedure, once per Idempotency-Key. */
    private ApiResponse file(ApiRequest request) {
        JsonBody body = request.jsonBody();
        Procedure filed = services.requests().file(request.principal(), request.header("idempotency-key").orElse(null),
                ProcedureType.fromCode(body.requiredString("type", 40)), body.optionalStringMembers("fields", 20, 120));
        return ApiResponse.created(ProcedureViews.DetailView.of(filed), "/procedures/" + filed.code());
    }

    /** Issue 18: where to PUT a document the person brings, and how to say it is there. */
    private ApiResponse upload(ApiRequest request, String code) {
        JsonBody body = request.jsonBody();
        ProcedureUploads.Slot slot = services.uploads().slot(request.principal(), code, body.requiredString("document", 3),
                body.requiredString("contentType", 40), body.requiredCount("size", Integer.MAX_VALUE));
        return ApiResponse.ok(ProcedureViews.UploadView.of(code, slot));
    }

    /** Seed 000 §2.1.2, "acceptar-lo … o cancel·lar-lo": once per Idempotency-Key. */
    private ApiResponse act(ApiRequest request, ProcedureAction action) {
        return ApiResponse.ok(ProcedureViews.DetailView.of(services.procedures().act(request.principal(),
                request.pathParameter("code").orElse(""), request.header("idempotency-key").orElse(null), action)));
    }

    /**
     * Seed 000 §2.1.2: {@code ?status=pending} (the first page's table, also what no filter at all means), or the
     * search by type, period and code.
     */
    static ProcedureFilter filter(ApiRequest request) {
        ProcedureStatus status = request.queryParameter("status").map(ProceduresApiFunction::status).orElse(null);
        ProcedureType type = request.queryParameter("type").map(ProcedureType::fromCode).orElse(null);
        LocalDate from = request.dateParameter("from").orElse(null);
        LocalDate to = request.dateParameter("to").orElse(null);
        String code = request.queryParameter("code").map(c -> c.trim().toUpperCase(Locale.ROOT)).orElse(null);
        if (status == null && type == null && from == null && to == null && code == null) {
            return ProcedureFilter.PENDING;
        }
        return new ProcedureFilter(status, type, from, to, code);
    }

    private static ProcedureStatus status(String code) {
        return switch (code) {
            case "pending" -> ProcedureStatus.PENDING;
            case "in-progress" -> ProcedureStatus.IN_PROGRESS;
            case "finished" -> ProcedureStatus.FINISHED;
            case "cancelled" -> ProcedureStatus.CANCELLED;
            default -> throw new InvalidInput("status", BAD_STATUS);
        };
    }

    /** SnapStart priming: the pending procedures of a person who does not exist, through the whole request path; the exports' libraries. */
    @Override
    protected void prime() {
        handleRequest(primingRequest("GET /procedures"), null);
        ExportFormat.prime();
    }
}
