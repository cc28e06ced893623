package ad.cass.online.reimbursements;

import ad.cass.online.aws.access.AccessSettings;
import ad.cass.online.aws.access.DynamoAccessLog;
import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.dynamodb.RecordsSettings;
import ad.cass.online.aws.http.ApiFunction;
import ad.cass.online.aws.http.ApiRequest;
import ad.cass.online.aws.http.ApiResponse;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.person.PeopleSettings;
import ad.cass.online.aws.reimbursements.DynamoReimbursementStore;
import ad.cass.online.aws.reimbursements.ReimbursementViews;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.reimbursements.BenefitKind;
import ad.cass.online.domain.reimbursements.ReimbursementService;
import ad.cass.online.reports.BenefitSheetCopy;
import ad.cass.online.reports.ExportFormat;
import java.time.Clock;

/**
 * The medical reimbursements (prestacions de reembossament) of the person the caller acts as (issue 18; seed 000
 * §2.1.3): the benefit sheets of a period (of one type) or one by its number, a sheet's lines and its copy, and the
 * list of benefits as a PDF or a spreadsheet.
 */
public final class ReimbursementsApiFunction extends ApiFunction {
    private final ReimbursementService reimbursements;

    /** Lambda: the clients, once per container, from the environment template.yaml sets. */
    public ReimbursementsApiFunction() {
        this(fromEnvironment(Clock.systemUTC()));
    }

    /** Tests: the service ready-made. */
    public ReimbursementsApiFunction(ReimbursementService reimbursements) {
        this.reimbursements = reimbursements;
    }

    /** From the environment template.yaml sets, on the given clock (tests move it). */
    public static ReimbursementService fromEnvironment(Clock clock) {
        var dynamo = DynamoDbClients.create();
        var guard = new AccessGuard(new DynamoPersonStore(dynamo, PeopleSettings.peopleTable()),
                new DynamoAccessLog(dynamo, AccessSettings.accessLogTable()), clock);
        return new ReimbursementService(guard, new DynamoReimbursementStore(dynamo, RecordsSettings.recordsTable()), clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return switch (request.routeKey()) {
            case "GET /reimbursements" -> list(request);
            case "GET /reimbursements/{sheet}" -> ApiResponse.ok(ReimbursementViews.SheetView.of(
                    reimbursements.sheet(request.principal(), request.pathParameter("sheet").orElse(""))));
            case "GET /reimbursements/export" -> export(request);
            case "GET /reimbursements/{sheet}/copy" -> copy(request);
            default -> unknownRoute(request);
        };
    }

    /** Seed 000 §2.1.3: the last 12 months, another period, or only the sheet searched for ({@code ?sheet=}). */
    private ApiResponse list(ApiRequest request) {
        var sheet = request.queryParameter("sheet");
        if (sheet.isPresent()) {
            return ApiResponse.ok(ReimbursementViews.ListView.searched(reimbursements.searched(request.principal(), sheet.get())));
        }
        return ApiResponse.ok(ReimbursementViews.ListView.of(sheets(request)));
    }

    /** Seed 000 §2.1.3: the list of benefits of a period (and type), as a PDF or a spreadsheet to keep. */
    private ApiResponse export(ApiRequest request) {
        ExportFormat format = ExportFormat.fromCode(request.queryParameter("format").orElse(""));
        ReimbursementService.Sheets read = sheets(request);
        return ApiResponse.file(format.write(new ReimbursementExport(read)), format.contentType(),
                format.fileName("prestacions", read.person().cassNumber(), read.readAt()));
    }

    /** Seed 000 §2.1.3, "sol·licitar una còpia del full de prestacions … i descarregar el document": laid out like the paper sheet. */
    private ApiResponse copy(ApiRequest request) {
        ReimbursementService.Copy copy = reimbursements.copy(request.principal(), request.pathParameter("sheet").orElse(""));
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream(32 * 1024);
        BenefitSheetCopy.write(copy.sheet(), copy.person().fullName(), copy.readAt(), pdf);
        return ApiResponse.file(pdf.toByteArray(), ExportFormat.PDF.contentType(), "full-de-prestacions-" + copy.sheet().sheetNumber() + ".pdf");
    }

    /** The period ({@code from}, {@code to}) and type ({@code type}) a list or an export asks for. */
    private ReimbursementService.Sheets sheets(ApiRequest request) {
        return reimbursements.sheets(request.principal(), request.dateParameter("from").orElse(null),
                request.dateParameter("to").orElse(null), request.queryParameter("type").map(BenefitKind::fromCode).orElse(null));
    }

    /** SnapStart priming: the sheets of a person who does not exist, through the whole request path; the exports' libraries. */
    @Override
    protected void prime() {
        handleRequest(primingRequest("GET /reimbursements"), null);
        ExportFormat.prime();
    }
}
