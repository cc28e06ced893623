package ad.cass.online.contributions;

import ad.cass.online.aws.access.AccessSettings;
import ad.cass.online.aws.access.DynamoAccessLog;
import ad.cass.online.aws.benefits.BenefitViews;
import ad.cass.online.aws.benefits.DynamoBenefitStore;
import ad.cass.online.aws.contributions.ContributionViews;
import ad.cass.online.aws.contributions.DynamoContributionStore;
import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.eligibility.DynamoSituationStore;
import ad.cass.online.aws.eligibility.EligibilityView;
import ad.cass.online.aws.dynamodb.RecordsSettings;
import ad.cass.online.aws.http.ApiFunction;
import ad.cass.online.aws.http.ApiRequest;
import ad.cass.online.aws.http.ApiResponse;
import ad.cass.online.aws.http.CursorSeal;
import ad.cass.online.aws.http.JsonBody;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.person.PeopleSettings;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.benefits.BenefitService;
import ad.cass.online.domain.contributions.ContributionService;
import ad.cass.online.domain.contributions.IncomePeriod;
import ad.cass.online.domain.eligibility.EligibilityParameters;
import ad.cass.online.domain.eligibility.EligibilityService;
import ad.cass.online.domain.simulations.CncCase;
import ad.cass.online.domain.simulations.InvalidityCase;
import ad.cass.online.domain.simulations.Origin;
import ad.cass.online.domain.simulations.PensionParameters;
import ad.cass.online.domain.simulations.Simulators;
import ad.cass.online.reports.ExportFormat;
import ad.cass.online.reports.extracts.IncomeExtractReport;
import java.time.Clock;
import java.util.Optional;

/**
 * Income and contribution bases, old-age points and the simulators (issue 19; seed 000 §2.1.4 and §2.2.1, seed 003):
 * the income table of a period and a month's concepts, the income extract as PDF or XLSX, the points per year, the
 * retirement pension the points give today, the invalidity and non-contributory-complement calculators; and what
 * seeds 001/002 list besides: the sick leaves presented, the payments CASS made, the suspensions of work; and whether
 * the third-party payer and the reimbursement up to 100 % apply (seed 003 §4).
 */
public final class ContributionsApiFunction extends ApiFunction {
    static final int DEFAULT_PAGE = 24;
    private final Services services;

    /** What the routes call. */
    public record Services(ContributionService contributions, BenefitService benefits, EligibilityService eligibility,
                           Simulators simulators, CursorSeal cursors) {
        /** From the environment template.yaml sets, on the given clock (tests move it); the law's numbers from their file. */
        public static Services fromEnvironment(Clock clock) {
            var dynamo = DynamoDbClients.create();
            var guard = new AccessGuard(new DynamoPersonStore(dynamo, PeopleSettings.peopleTable()),
                    new DynamoAccessLog(dynamo, AccessSettings.accessLogTable()), clock);
            PensionParameters parameters = PensionParameters.load();
            String records = RecordsSettings.recordsTable();
            return new Services(new ContributionService(guard, new DynamoContributionStore(dynamo, records), parameters, clock),
                    new BenefitService(guard, new DynamoBenefitStore(dynamo, records), clock),
                    new EligibilityService(guard, new DynamoSituationStore(dynamo, records), EligibilityParameters.load(), clock),
                    new Simulators(parameters, clock), CursorSeal.fromEnvironment());
        }
    }

    /** Lambda: the clients, once per container, from the environment template.yaml sets. */
    public ContributionsApiFunction() {
        this(Services.fromEnvironment(Clock.systemUTC()));
    }

    /** Tests: the services ready-made. */
    public ContributionsApiFunction(Services services) {
        this.services = services;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        ContributionService contributions = services.contributions();
        return switch (request.routeKey()) {
            case "GET /income" -> income(request);
            case "GET /income/{month}" -> ApiResponse.ok(ContributionViews.MonthView.of(
                    contributions.month(request.principal(), request.pathParameter("month").orElse(""))));
            case "GET /income/export" -> export(request);
            case "GET /points" -> ApiResponse.ok(ContributionViews.PointsSummary.of(contributions.points(request.principal())));
            case "GET /pension-simulation" -> ApiResponse.ok(ContributionViews.RetirementView.of(contributions.retirement(request.principal())));
            case "GET /sick-leaves" -> ApiResponse.ok(BenefitViews.SickLeavesView.of(services.benefits().sickLeaves(request.principal())));
            case "GET /payments" -> ApiResponse.ok(BenefitViews.PaymentsView.of(services.benefits().payments(request.principal(),
                    request.dateParameter("from").orElse(null), request.dateParameter("to").orElse(null))));
            case "GET /work-suspensions" -> ApiResponse.ok(BenefitViews.WorkSuspensionsView.of(
                    services.benefits().workSuspensions(request.principal())));
            case "GET /eligibility" -> ApiResponse.ok(EligibilityView.of(services.eligibility().eligibility(request.principal())));
            case "POST /simulations/invalidity" -> ApiResponse.ok(ContributionViews.InvalidityView.of(
                    services.simulators().invalidity(invalidityCase(request.jsonBody()))));
            case "POST /simulations/cnc" -> ApiResponse.ok(ContributionViews.CncView.of(services.simulators().cnc(cncCase(request.jsonBody()))));
            default -> unknownRoute(request);
        };
    }

    /** Seed 000 §2.1.4: "3 mesos, 6 mesos, 12 mesos o tota la vida", newest first, a page at a time. */
    private ApiResponse income(ApiRequest request) {
        IncomePeriod period = IncomePeriod.fromCode(request.queryParameter("period").orElse(IncomePeriod.TWELVE_MONTHS.code()));
        ContributionService.IncomeList list = services.contributions().income(request.principal(), period,
                request.pageSize(DEFAULT_PAGE), services.cursors().open(request));
        return ApiResponse.ok(ContributionViews.IncomePage.of(list, services.cursors().seal(list.next(), request)));
    }

    /** Seed 000 §2.1.4: the extract of the whole life, the year before or a period, as a PDF or a spreadsheet. */
    private ApiResponse export(ApiRequest request) {
        ExportFormat format = ExportFormat.fromCode(request.queryParameter("format").orElse(""));
        ContributionService.IncomeExtract extract = services.contributions().extract(request.principal(),
                request.queryParameter("period").orElse(null), request.queryParameter("from").orElse(null),
                request.queryParameter("to").orElse(null));
        // in the session's language (issue 17), as the requested extracts are (issue 20)
        return ApiResponse.file(format.write(new IncomeExtractReport(extract, null, request.principal().language())),
                format.contentType(),
                format.fileName("ingressos", extract.person().cassNumber(), extract.issuedAt()));
    }

    /** Seed 003 §1: the body's members as the rules name them; their ranges are the rules' to check. */
    static InvalidityCase invalidityCase(JsonBody body) {
        return new InvalidityCase(Origin.fromCode(body.requiredString("origin", 32)), body.requiredNumber("impairmentPercent"),
                body.optionalWhole("calculationBaseCents").orElse(null), whole(body.optionalWhole("ageAtEvent")),
                whole(body.optionalWhole("contributedMonths")), body.optionalBoolean("canKeepWorking").orElse(null),
                body.optionalWhole("theoreticalRetirementPensionCents").orElse(null));
    }

    /** Seed 003 §2.1. */
    static CncCase cncCase(JsonBody body) {
        return new CncCase(whole(Optional.of(body.requiredWhole("group"))), body.requiredWhole("pensionCents"),
                body.optionalWhole("foreignPensionCents").orElse(0L), body.requiredBoolean("residentInAndorra"),
                body.requiredBoolean("hasSolidarityPension"));
    }

    /** A whole number as an int, an absurd one held at the int's bounds for the rules to refuse by its range. */
    private static Integer whole(Optional<Long> value) {
        return value.map(v -> (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v))).orElse(null);
    }

    /**
     * SnapStart priming: the points of a person who does not exist, through the whole request path; a simulation of
     * each calculator (the parameters, BigDecimal's paths, the reasons' formatting); the exports' libraries.
     */
    @Override
    protected void prime() {
        handleRequest(primingRequest("GET /points"), null);
        services.simulators().invalidity(new InvalidityCase(Origin.WORK_ACCIDENT, java.math.BigDecimal.valueOf(35), 250_000L, 44, 240,
                null, null));
        services.simulators().cnc(new CncCase(2, 85_000, 12_000, true, false));
        ExportFormat.prime();
    }
}
