package ad.cass.online.account;

import ad.cass.online.aws.access.AccessLogView;
import ad.cass.online.aws.access.AccessSettings;
import ad.cass.online.aws.access.DynamoAccessLog;
import ad.cass.online.aws.contact.ContactSettings;
import ad.cass.online.aws.contact.DynamoContactStore;
import ad.cass.online.aws.contributions.DynamoEmploymentStore;
import ad.cass.online.aws.dependants.DependantsViews;
import ad.cass.online.aws.doctors.DoctorViews;
import ad.cass.online.aws.doctors.DynamoDoctorAssignmentStore;
import ad.cass.online.aws.doctors.DynamoDoctorDirectory;
import ad.cass.online.aws.documents.DownloadView;
import ad.cass.online.aws.documents.S3DocumentStore;
import ad.cass.online.domain.documents.DocumentLinks;
import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.dynamodb.RecordsSettings;
import ad.cass.online.aws.http.ApiFunction;
import ad.cass.online.aws.http.ApiRequest;
import ad.cass.online.aws.http.ApiResponse;
import ad.cass.online.aws.http.CursorSeal;
import ad.cass.online.aws.http.JsonBody;
import ad.cass.online.aws.identity.DynamoSessionStore;
import ad.cass.online.aws.identity.SessionSettings;
import ad.cass.online.aws.mail.SesMailer;
import ad.cass.online.aws.notices.DynamoNoticeStore;
import ad.cass.online.aws.notices.NoticeSettings;
import ad.cass.online.aws.notices.NoticeViews;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.person.PeopleSettings;
import ad.cass.online.aws.personalfile.DynamoPersonalFileStore;
import ad.cass.online.aws.personalfile.PersonalFileViews;
import ad.cass.online.aws.procedures.DynamoProcedureStore;
import ad.cass.online.aws.s3.S3Clients;
import ad.cass.online.aws.ses.SesClients;
import ad.cass.online.aws.settings.DynamoSettingsStore;
import ad.cass.online.aws.signin.DynamoRateCounter;
import ad.cass.online.aws.signin.SigninSettings;
import ad.cass.online.aws.signin.SqsNoticeQueue;
import ad.cass.online.aws.sqs.SqsClients;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.access.AccessLogService;
import ad.cass.online.domain.contact.ContactRequest;
import ad.cass.online.domain.contact.ContactService;
import ad.cass.online.domain.dependants.Declarations;
import ad.cass.online.domain.dependants.DependantCategory;
import ad.cass.online.domain.dependants.DependantRequests;
import ad.cass.online.domain.dependants.NewDependant;
import ad.cass.online.domain.dependants.Requirements;
import ad.cass.online.domain.dependants.RequirementsCatalogue;
import ad.cass.online.domain.dependants.SubCase;
import ad.cass.online.domain.doctors.ReferringDoctorRoutes;
import ad.cass.online.domain.doctors.ReferringDoctorService;
import ad.cass.online.domain.notices.NoticeService;
import ad.cass.online.domain.personalfile.ContactRules;
import ad.cass.online.domain.personalfile.FilePatch;
import ad.cass.online.domain.personalfile.Ibans;
import ad.cass.online.domain.personalfile.PersonalFileService;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.domain.settings.Settings;
import ad.cass.online.domain.settings.SettingsService;
import ad.cass.online.domain.settings.TextSize;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The person's own space beyond the first page (issue 17; seed 000 §2.2): GET /access-log, who read or changed
 * the data of the person the caller acts as; and dependants (seed 004): what each category requires, and
 * filing a registration as a procedure; the referring doctor (seeds 001/002), its change and its history;
 * active notices (seed 000 §2.2.2) and their downloads; settings (§2.2.3); the contact form (§2.2.4); the
 * personal file (§2.2.1, "Veure fitxa"), its changes and their audit trail.
 */
public final class AccountApiFunction extends ApiFunction {
    static final int DEFAULT_PAGE = 20;
    private final Services services;

    /** The domain services this function translates to, built once per container. */
    public record Services(AccessLogService accessLog, DependantRequests dependants, ReferringDoctorRoutes doctors,
                           NoticeService notices, SettingsService settings, ContactService contact,
                           PersonalFileService personalFile, CursorSeal cursors) {
        /** From the environment template.yaml sets, on the given clock (tests move it). */
        public static Services fromEnvironment(Clock clock) {
            var dynamo = DynamoDbClients.create();
            var log = new DynamoAccessLog(dynamo, AccessSettings.accessLogTable());
            var guard = new AccessGuard(new DynamoPersonStore(dynamo, PeopleSettings.peopleTable()), log, clock);
            String records = RecordsSettings.recordsTable();
            return new Services(new AccessLogService(guard, log),
                    new DependantRequests(guard, new DynamoProcedureStore(dynamo, records), clock),
                    new ReferringDoctorRoutes(guard, new ReferringDoctorService(new DynamoDoctorDirectory(dynamo, records),
                            new DynamoDoctorAssignmentStore(dynamo, records), clock)),
                    new NoticeService(guard, new DynamoNoticeStore(dynamo, records),
                            new DocumentLinks(new S3DocumentStore(S3Clients.deferred(), S3Clients.deferredPresigner(),
                                    NoticeSettings.documentsBucket()), NoticeSettings.linkValidity(), clock), clock),
                    new SettingsService(guard, new DynamoSettingsStore(dynamo, PeopleSettings.peopleTable()),
                            new DynamoSessionStore(dynamo, SessionSettings.sessionsTable())),
                    new ContactService(guard, new DynamoContactStore(dynamo, records),
                            new DynamoRateCounter(dynamo, SigninSettings.limitsTable()), ContactSettings.perPerson(),
                            new SesMailer(SesClients.deferred(), SigninSettings.mailFrom()), ContactSettings.inbox(), clock),
                    new PersonalFileService(guard, new DynamoPersonalFileStore(dynamo, PeopleSettings.peopleTable(), records),
                            new DynamoEmploymentStore(dynamo, records),
                            new SqsNoticeQueue(SqsClients.deferred(), SigninSettings.noticeQueueUrl()), clock),
                    CursorSeal.fromEnvironment());
        }
    }

    /** Lambda: the clients, once per container, from the environment template.yaml sets. */
    public AccountApiFunction() {
        this(Services.fromEnvironment(Clock.systemUTC()));
    }

    /** Tests: the services ready-made. */
    public AccountApiFunction(Services services) {
        this.services = services;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return switch (request.routeKey()) {
            case "GET /access-log" -> accessLog(request);
            case "GET /dependants/requirements" -> requirements(request);
            case "POST /dependants" -> fileDependant(request);
            case "GET /referring-doctor" -> doctor(services.doctors().situation(request.principal()));
            case "PUT /referring-doctor" -> doctor(services.doctors().change(request.principal(),
                    request.jsonBody().requiredString("doctorId", 32)));
            case "POST /contact" -> contact(request);
            case "GET /settings" -> settings(services.settings().of(request.principal()));
            case "PUT /settings" -> settings(services.settings().replace(request.principal(), settingsFrom(request.jsonBody())));
            case "GET /notices" -> ApiResponse.ok(NoticeViews.NoticesView.of(services.notices().active(request.principal())));
            case "POST /notices/{id}/read" -> {
                services.notices().read(request.principal(), request.pathParameter("id").orElse(""));
                yield ApiResponse.noContent();
            }
            case "GET /notices/{id}/download" -> ApiResponse.ok(DownloadView.of(services.notices().download(
                    request.principal(), request.pathParameter("id").orElse(""))));
            case "GET /personal-file" -> ApiResponse.ok(PersonalFileViews.FileView.of(services.personalFile().view(request.principal())));
            case "PATCH /personal-file" -> ApiResponse.ok(PersonalFileViews.FileView.of(services.personalFile().change(
                    request.principal(), filePatch(request.jsonBody()))));
            case "GET /personal-file/history" -> fileHistory(request);
            case "GET /referring-doctor/history" -> ApiResponse.ok(Map.of("periods",
                    DoctorViews.PeriodView.of(services.doctors().history(request.principal()))));
            default -> unknownRoute(request);
        };
    }

    /** Seed 000 §2.2.2, who reached the person's data: a page, its cursor sealed. */
    private ApiResponse accessLog(ApiRequest request) {
        AccessLogView page = AccessLogView.of(services.accessLog().page(request.principal(), request.pageSize(DEFAULT_PAGE),
                services.cursors().open(request)));
        return ApiResponse.ok(new AccessLogView(page.entries(), services.cursors().seal(page.next(), request)));
    }

    /** The personal file's changes: a page, its cursor sealed. */
    private ApiResponse fileHistory(ApiRequest request) {
        PersonalFileViews.HistoryView page = PersonalFileViews.HistoryView.of(services.personalFile().history(request.principal(),
                request.pageSize(DEFAULT_PAGE), services.cursors().open(request)));
        return ApiResponse.ok(new PersonalFileViews.HistoryView(page.entries(), services.cursors().seal(page.next(), request)));
    }

    /** Seed 004: every category, or the one asked for ({@code ?category=}). */
    private static ApiResponse requirements(ApiRequest request) {
        List<Requirements> all = request.queryParameter("category")
                .map(code -> List.of(RequirementsCatalogue.of(DependantCategory.fromCode(code))))
                .orElseGet(DependantRequests::requirements);
        return ApiResponse.ok(Map.of("categories", all.stream().map(DependantsViews.RequirementsView::of).toList()));
    }

    private ApiResponse fileDependant(ApiRequest request) {
        JsonBody body = request.jsonBody();
        NewDependant dependant = new NewDependant(body.requiredString("givenName", 80), body.requiredString("familyName", 120),
                DependantCategory.fromCode(body.requiredString("category", 40)), body.requiredDate("birthDate"),
                subCases(body.optionalStrings("subCases", 2, 40)),
                new Declarations(body.requiredBoolean("economicActivity"), body.requiredBoolean("ownsBusiness"),
                        body.requiredBoolean("companyAdministrator"), body.requiredBoolean("pensionWithHealthCover"),
                        body.requiredBoolean("legalResidence")));
        DependantRequests.Filed filed = services.dependants().file(request.principal(),
                request.header("idempotency-key").orElse(null), dependant);
        return new ApiResponse(201, DependantsViews.FiledView.of(filed));
    }

    private static Set<SubCase> subCases(List<String> codes) {
        return codes.stream().map(SubCase::fromCode).collect(Collectors.toSet());
    }

    /** Seed 000 §2.2.4: 202 with the message's reference, once per Idempotency-Key. */
    private ApiResponse contact(ApiRequest request) {
        JsonBody body = request.jsonBody();
        ContactRequest message = new ContactRequest(body.optionalString("subject", ContactRequest.MAX_SUBJECT).orElse(null),
                body.optionalText("message", ContactRequest.MAX_MESSAGE).orElse(null),
                body.optionalString("replyEmail", 254).orElse(null), body.requiredBoolean("conditionsAccepted"));
        String reference = services.contact().send(request.principal(), request.header("idempotency-key").orElse(null), message);
        return new ApiResponse(202, Map.of("reference", reference));
    }

    /**
     * Seed 000 §2.2.1, "Veure fitxa … modificar": only the members sent change; each is checked before anything
     * is written ({@link ContactRules}, {@link Ibans}).
     */
    private static FilePatch filePatch(JsonBody body) {
        return new FilePatch(body.optionalString("email", 254).map(e -> ContactRules.email("email", e)).orElse(null),
                body.optionalString("phone", 32).map(ContactRules::phone).orElse(null),
                body.optionalObject("address").map(a -> ContactRules.address(a.optionalString("street", 120).orElse(null),
                        a.optionalString("postcode", 16).orElse(null), a.optionalString("town", 80).orElse(null),
                        a.optionalString("country", 2).orElse(null))).orElse(null),
                body.optionalString("iban", 42).map(Ibans::normalised).orElse(null));
    }

    /** Seed 000 §2.2.3: both settings, every time (a PUT replaces them). */
    private static Settings settingsFrom(JsonBody body) {
        return new Settings(TextSize.fromCode(body.requiredString("textSize", 16)), Language.fromCode(body.requiredString("language", 8)));
    }

    private static ApiResponse settings(Settings s) {
        return ApiResponse.ok(Map.of("textSize", s.textSize().code(), "language", s.language().code()));
    }

    private static ApiResponse doctor(ReferringDoctorRoutes.Situation s) {
        return ApiResponse.ok(DoctorViews.ReferringDoctorView.of(s.current(), s.pending(), s.choices()));
    }

    /** SnapStart priming: the access log of a person who does not exist, through the whole request path. */
    @Override
    protected void prime() {
        handleRequest(primingRequest("GET /access-log"), null);
    }
}
