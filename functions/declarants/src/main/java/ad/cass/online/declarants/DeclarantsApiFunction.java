package ad.cass.online.declarants;

import ad.cass.online.aws.access.AccessSettings;
import ad.cass.online.aws.access.DynamoAccessLog;
import ad.cass.online.aws.benefits.DynamoBenefitStore;
import ad.cass.online.aws.declarants.DeclarantViews;
import ad.cass.online.aws.declarants.DynamoDeclarantStore;
import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.dynamodb.RecordsSettings;
import ad.cass.online.aws.http.ApiFunction;
import ad.cass.online.aws.http.ApiRequest;
import ad.cass.online.aws.http.ApiResponse;
import ad.cass.online.aws.http.JsonBody;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.person.PeopleSettings;
import ad.cass.online.aws.procedures.DynamoProcedureStore;
import ad.cass.online.aws.procedures.ProcedureViews;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.declarants.ContributionParameters;
import ad.cass.online.domain.declarants.DeclarantRequests;
import ad.cass.online.domain.declarants.DeclarantService;
import ad.cass.online.domain.declarants.OwnAccountBases;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.procedures.Procedure;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The declarant space (seed 002; issue 22): a self-employed person, a household employer or a company's administrator,
 * acting as that declarant (its profile, or its CASS digital certificate), sees its file, months, payments, employees
 * and their sick leaves, declares a month, orders a payment, files hires, leavings and changes, and chooses the
 * own-account base. The access guard decides who reaches a declarant (DataCategory.DECLARANT).
 */
public final class DeclarantsApiFunction extends ApiFunction {
    /** The domain services this function translates to, built once per container. */
    public record Services(DeclarantService declarants, DeclarantRequests requests, OwnAccountBases bases, Clock clock) {
        /** From the environment template.yaml sets, on the given clock (tests move it). */
        public static Services fromEnvironment(Clock clock) {
            var dynamo = DynamoDbClients.create();
            var people = new DynamoPersonStore(dynamo, PeopleSettings.peopleTable());
            var guard = new AccessGuard(people, new DynamoAccessLog(dynamo, AccessSettings.accessLogTable()), clock);
            var records = RecordsSettings.recordsTable();
            var store = new DynamoDeclarantStore(dynamo, records);
            var parameters = ContributionParameters.load();
            return new Services(new DeclarantService(guard, store, new DynamoBenefitStore(dynamo, records), parameters, clock),
                    new DeclarantRequests(guard, store, people, new DynamoProcedureStore(dynamo, records), clock),
                    new OwnAccountBases(guard, store, parameters, clock), clock);
        }
    }

    private final Services services;

    /** Lambda: the clients, once per container, from the environment template.yaml sets. */
    public DeclarantsApiFunction() {
        this(Services.fromEnvironment(Clock.systemUTC()));
    }

    /** Tests: the services ready-made. */
    public DeclarantsApiFunction(Services services) {
        this.services = services;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return switch (request.routeKey()) {
            case "GET /declarant" -> ApiResponse.ok(DeclarantViews.DeclarantView.of(services.declarants().overview(request.principal())));
            case "PATCH /declarant" -> change(request);
            case "GET /declarant/contributions" -> ApiResponse.ok(DeclarantViews.MonthsView.of(services.declarants().months(
                    request.principal(), request.queryParameter("state").orElse(null), year(request))));
            case "POST /declarant/contributions/{month}" -> declare(request);
            case "GET /declarant/payments" -> ApiResponse.ok(DeclarantViews.PaymentsView.of(services.declarants().payments(
                    request.principal(), request.queryParameter("state").orElse(null))));
            case "POST /declarant/payments/{id}" -> ApiResponse.created(DeclarantViews.PaymentView.of(services.declarants().order(
                    request.principal(), request.pathParameter("id").orElse(""))), "/declarant/payments");
            case "GET /declarant/incapacities" -> ApiResponse.ok(DeclarantViews.IncapacitiesView.of(services.declarants().incapacities(
                    request.principal(), request.queryParameter("state").orElse(null))));
            case "GET /declarant/employees" -> ApiResponse.ok(DeclarantViews.EmployeesView.of(services.declarants().employees(
                    request.principal()), LocalDate.ofInstant(services.clock().instant(), CatalanFormat.ANDORRA)));
            case "POST /declarant/employees" -> hire(request);
            case "POST /declarant/employees/{cassNumber}/leave" -> procedure(services.requests().leave(request.principal(), key(request),
                    request.pathParameter("cassNumber").orElse(""), request.jsonBody().requiredString("endDate", 10)));
            case "POST /declarant/own-account-base" -> ownAccountBase(request);
            default -> unknownRoute(request);
        };
    }

    /** Issue 22: a month's sheet; 201 with each line's shares, the totals and the due date. */
    private ApiResponse declare(ApiRequest request) {
        JsonBody body = request.jsonBody();
        List<DeclarantService.LineInput> lines = body.optionalObjects("lines", 500).stream().map(line ->
                new DeclarantService.LineInput(line.optionalString("cassNumber", 7).orElse(null),
                        line.optionalWhole("days").map(d -> (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, d))).orElse(null),
                        line.optionalObjects("salary", 20).stream().map(s -> new DeclarantService.SalaryInput(
                                s.optionalString("concept", 8).orElse(null), s.optionalWhole("cents").orElse(null))).toList()))
                .toList();
        var declared = services.declarants().declare(request.principal(), key(request), request.pathParameter("month").orElse(""), lines);
        return ApiResponse.created(DeclarantViews.SheetView.of(declared.sheet(), declared.surchargeCents()),
                "/declarant/contributions?year=" + declared.sheet().period().getYear());
    }

    private ApiResponse change(ApiRequest request) {
        JsonBody body = request.jsonBody();
        return procedure(services.requests().change(request.principal(), key(request), new DeclarantRequests.Change(
                body.optionalString("email", 254).orElse(null), body.optionalString("phone", 20).orElse(null),
                body.optionalString("address", 200).orElse(null), body.optionalString("iban", 42).orElse(null))));
    }

    private ApiResponse hire(ApiRequest request) {
        JsonBody body = request.jsonBody();
        return procedure(services.requests().hire(request.principal(), key(request), new DeclarantRequests.Hire(
                body.optionalString("cassNumber", 7).orElse(null), body.optionalString("givenName", 80).orElse(null),
                body.optionalString("familyName", 120).orElse(null), body.optionalString("birthDate", 10).orElse(null),
                body.requiredString("startDate", 10))));
    }

    private ApiResponse ownAccountBase(ApiRequest request) {
        JsonBody body = request.jsonBody();
        long year = body.requiredWhole("year");
        var chosen = services.bases().choose(request.principal(), (int) Math.max(0, Math.min(9999, year)), body.requiredNumber("bandPercent"),
                body.optionalString("effectiveFrom", 10).orElse(null));
        return ApiResponse.created(DeclarantViews.OwnAccountBaseView.of(chosen), "/declarant");
    }

    private static ApiResponse procedure(Procedure filed) {
        return ApiResponse.created(ProcedureViews.DetailView.of(filed), "/procedures/" + filed.code());
    }

    private static String key(ApiRequest request) {
        return request.header("idempotency-key").orElse(null);
    }

    private static Integer year(ApiRequest request) {
        return request.queryParameter("year").map(y -> {
            try {
                return Integer.valueOf(y);
            } catch (NumberFormatException e) {
                return -1; // the rules refuse it, naming the field
            }
        }).orElse(null);
    }

    /** SnapStart priming: the declarant of a person who does not exist, through the whole request path. */
    @Override
    protected void prime() {
        handleRequest(primingRequest("GET /declarant"), null);
        ContributionParameters.load();
    }
}
