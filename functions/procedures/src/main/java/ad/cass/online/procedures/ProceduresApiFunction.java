package ad.cass.online.procedures;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.access.AccessSettings;
import ad.cass.online.aws.access.DynamoAccessLog;
import ad.cass.online.aws.documents.DownloadView;
import ad.cass.online.aws.documents.S3DocumentStore;
import ad.cass.online.domain.documents.DocumentLinks;
import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.dynamodb.RecordsSettings;
import ad.cass.online.aws.http.ApiFunction;
import ad.cass.online.aws.http.ApiRequest;
import ad.cass.online.aws.http.ApiResponse;
import ad.cass.online.aws.notices.NoticeSettings;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.person.PeopleSettings;
import ad.cass.online.aws.procedures.DynamoProcedureStore;
import ad.cass.online.aws.procedures.ProcedureViews;
import ad.cass.online.aws.s3.S3Clients;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.procedures.ProcedureAction;
import ad.cass.online.domain.procedures.ProcedureFilter;
import ad.cass.online.domain.procedures.ProcedureService;
import ad.cass.online.domain.procedures.ProcedureStatus;
import ad.cass.online.domain.procedures.ProcedureType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The procedures (tràmits) of the person the caller acts as (issue 18; seed 000 §2.1.2): the pending ones and the
 * search by type, period and code, one procedure, and its documents grouped as the manual shows them; accepting or
 * cancelling one that waits on the person.
 */
public final class ProceduresApiFunction extends ApiFunction {
    static final int DEFAULT_PAGE = 20;
    static final String BAD_STATUS = "L'estat ha de ser un d'aquests: pending, in-progress, finished, cancelled.";
    private final ProcedureService procedures;

    /** Lambda: the clients, once per container, from the environment template.yaml sets. */
    public ProceduresApiFunction() {
        this(fromEnvironment(Clock.systemUTC()));
    }

    /** Tests: the service ready-made. */
    public ProceduresApiFunction(ProcedureService procedures) {
        this.procedures = procedures;
    }

    /** From the environment template.yaml sets, on the given clock (tests move it). */
    public static ProcedureService fromEnvironment(Clock clock) {
        var dynamo = DynamoDbClients.create();
        var guard = new AccessGuard(new DynamoPersonStore(dynamo, PeopleSettings.peopleTable()),
                new DynamoAccessLog(dynamo, AccessSettings.accessLogTable()), clock);
        return new ProcedureService(guard, new DynamoProcedureStore(dynamo, RecordsSettings.recordsTable()),
                new DocumentLinks(new S3DocumentStore(S3Clients.create(), S3Clients.presigner(), NoticeSettings.documentsBucket()),
                        Duration.ofSeconds(Env.integer("DOCUMENT_LINK_SECONDS", 300)), clock), clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return switch (request.routeKey()) {
            case "GET /procedures" -> ApiResponse.ok(ProcedureViews.PageView.of(procedures.search(request.principal(),
                    filter(request), request.pageSize(DEFAULT_PAGE), request.queryParameter("cursor").orElse(null))));
            case "GET /procedures/{code}" -> ApiResponse.ok(ProcedureViews.DetailView.of(
                    procedures.procedure(request.principal(), request.pathParameter("code").orElse(""))));
            case "GET /procedures/{code}/documents" -> ApiResponse.ok(ProcedureViews.DocumentsView.of(
                    procedures.procedure(request.principal(), request.pathParameter("code").orElse(""))));
            case "GET /procedures/{code}/documents/{id}" -> ApiResponse.ok(DownloadView.of(procedures.download(
                    request.principal(), request.pathParameter("code").orElse(""), request.pathParameter("id").orElse(""))));
            case "POST /procedures/{code}/accept" -> act(request, ProcedureAction.ACCEPT);
            case "POST /procedures/{code}/cancel" -> act(request, ProcedureAction.CANCEL);
            default -> unknownRoute(request);
        };
    }

    /** Seed 000 §2.1.2, "acceptar-lo … o cancel·lar-lo": once per Idempotency-Key. */
    private ApiResponse act(ApiRequest request, ProcedureAction action) {
        return ApiResponse.ok(ProcedureViews.DetailView.of(procedures.act(request.principal(),
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

    /** SnapStart priming: the pending procedures of a person who does not exist, through the whole request path. */
    @Override
    protected void prime() {
        handleRequest(primingRequest("GET /procedures"), null);
    }
}
