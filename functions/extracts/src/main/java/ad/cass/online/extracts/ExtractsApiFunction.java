package ad.cass.online.extracts;

import ad.cass.online.aws.access.AccessSettings;
import ad.cass.online.aws.access.DynamoAccessLog;
import ad.cass.online.aws.documents.S3DocumentStore;
import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.dynamodb.RecordsSettings;
import ad.cass.online.aws.extracts.DynamoExtractStore;
import ad.cass.online.aws.extracts.ExtractSettings;
import ad.cass.online.aws.extracts.ExtractViews;
import ad.cass.online.aws.extracts.SqsExtractQueue;
import ad.cass.online.aws.http.ApiFunction;
import ad.cass.online.aws.http.ApiRequest;
import ad.cass.online.aws.http.ApiResponse;
import ad.cass.online.aws.http.Json;
import ad.cass.online.aws.http.JsonBody;
import ad.cass.online.aws.notices.NoticeSettings;
import ad.cass.online.aws.person.DynamoCoverageStore;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.person.PeopleSettings;
import ad.cass.online.aws.s3.S3Clients;
import ad.cass.online.aws.signin.DynamoRateCounter;
import ad.cass.online.aws.signin.SigninSettings;
import ad.cass.online.aws.sqs.SqsClients;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.documents.DocumentLinks;
import ad.cass.online.domain.extracts.ExtractRequest;
import ad.cass.online.domain.extracts.ExtractService;
import ad.cass.online.domain.extracts.VerificationService;
import ad.cass.online.domain.idempotency.IdempotencyKey;
import ad.cass.online.domain.wallet.WalletService;
import java.time.Clock;

/**
 * The documents a person asks for (issue 20; seeds 001/002 "Els extractes següents"): asked for (202, generated off
 * the request path by {@link ExtractsQueueFunction}), listed, followed to a short-lived link; and the public check of
 * an issued document by its verification code; the digital wallet's health card (seed 000 §2.2.5) and the public key
 * that checks it.
 */
public final class ExtractsApiFunction extends ApiFunction {
    private final Services services;

    /** What the routes call. */
    public record Services(ExtractService extracts, VerificationService verification, WalletService wallet) {
        /** From the environment template.yaml sets, on the given clock (tests move it). */
        public static Services fromEnvironment(Clock clock) {
            var dynamo = DynamoDbClients.create();
            var people = new DynamoPersonStore(dynamo, PeopleSettings.peopleTable());
            var guard = new AccessGuard(people, new DynamoAccessLog(dynamo, AccessSettings.accessLogTable()), clock);
            var store = new DynamoExtractStore(dynamo, RecordsSettings.recordsTable());
            var links = new DocumentLinks(new S3DocumentStore(S3Clients.deferred(), S3Clients.deferredPresigner(), NoticeSettings.documentsBucket()),
                    ExtractSettings.linkValidity(), clock);
            var coverage = new DynamoCoverageStore(dynamo, RecordsSettings.recordsTable());
            return new Services(new ExtractService(guard, people, coverage, store,
                    new SqsExtractQueue(SqsClients.deferred(), ExtractSettings.queueUrl()), links, clock),
                    new VerificationService(store, new DynamoRateCounter(dynamo, SigninSettings.limitsTable()),
                            ExtractSettings.verifyPerAddress(), clock),
                    new WalletService(guard, people, coverage, SealedCards.fromEnvironment(),
                            ExtractSettings.healthCardValidity(), clock));
        }
    }

    /** Lambda: the clients, once per container, from the environment template.yaml sets. */
    public ExtractsApiFunction() {
        this(Services.fromEnvironment(Clock.systemUTC()));
    }

    /** Tests: the services ready-made. */
    public ExtractsApiFunction(Services services) {
        this.services = services;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return switch (request.routeKey()) {
            case "POST /extracts" -> ask(request);
            case "GET /extracts" -> ApiResponse.ok(ExtractViews.ExtractList.of(services.extracts().list(request.principal())));
            case "GET /extracts/{id}" -> ApiResponse.ok(ExtractViews.ExtractView.of(
                    services.extracts().status(request.principal(), request.pathParameter("id").orElse(""))));
            case "GET /verify/{code}" -> ApiResponse.ok(ExtractViews.VerifiedDocument.of(services.verification().check(
                    request.pathParameter("code").orElse(""), request.sourceAddress().orElse(null))));
            case "GET /wallet/health-card" -> ApiResponse.ok(ExtractViews.HealthCardView.of(services.wallet().healthCard(request.principal())));
            case "GET /.well-known/jwks.json" -> jwks();
            default -> unknownRoute(request);
        };
    }

    /** 202: the request is written and queued; {@code Location} is where to follow it. */
    private ApiResponse ask(ApiRequest request) {
        JsonBody body = request.jsonBody();
        ExtractRequest asked = services.extracts().request(request.principal(), body.requiredString("type", 40),
                body.optionalString("period", 20).orElse(null), body.optionalString("from", 7).orElse(null),
                body.optionalString("to", 7).orElse(null), body.optionalString("format", 8).orElse(null),
                new IdempotencyKey(request.header("idempotency-key").orElse(null)));
        return new ApiResponse(202, ExtractViews.ExtractView.of(asked, null)).header("Location", "/extracts/" + asked.id());
    }

    /** The seal's public key, as any wallet or verifier fetches it; public, the same for everyone, so cacheable. */
    private ApiResponse jwks() {
        try {
            return new ApiResponse(200, Json.MAPPER.readTree(services.wallet().publicKeys()))
                    .header("Content-Type", "application/jwk-set+json")
                    .header("Cache-Control", "public, max-age=3600");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the JWKS is JSON", e);
        }
    }

    /** SnapStart priming: the requests of a person who does not exist, through the whole request path. */
    @Override
    protected void prime() {
        handleRequest(primingRequest("GET /extracts"), null);
    }
}
