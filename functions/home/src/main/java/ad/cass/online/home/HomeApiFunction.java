package ad.cass.online.home;

import ad.cass.online.aws.access.AccessSettings;
import ad.cass.online.aws.access.DynamoAccessLog;
import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.dynamodb.RecordsSettings;
import ad.cass.online.aws.home.DynamoHomeStore;
import ad.cass.online.aws.home.HomeSettings;
import ad.cass.online.aws.home.HomeView;
import ad.cass.online.aws.http.ApiFunction;
import ad.cass.online.aws.http.ApiRequest;
import ad.cass.online.aws.http.ApiResponse;
import ad.cass.online.aws.news.DynamoNewsStore;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.person.PeopleSettings;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.home.HomeService;
import ad.cass.online.domain.home.HomeStore;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.news.CachedNews;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/** GET /home: the portal's first page, posició global (seed 000 §2.1), in one round trip. */
public final class HomeApiFunction extends ApiFunction {
    private final Services services;

    /** The domain service this function translates to, built once per container. */
    public record Services(HomeService home, HomeStore store) {
        /** From the environment template.yaml sets, on the given clock (tests move it). */
        public static Services fromEnvironment(Clock clock) {
            var dynamo = DynamoDbClients.create();
            String records = RecordsSettings.recordsTable();
            var news = new CachedNews(new DynamoNewsStore(dynamo, records), HomeSettings.newsCacheAge(), clock);
            var guard = new AccessGuard(new DynamoPersonStore(dynamo, PeopleSettings.peopleTable()),
                    new DynamoAccessLog(dynamo, AccessSettings.accessLogTable()), clock);
            var store = new DynamoHomeStore(dynamo, records);
            return new Services(new HomeService(guard, store, news, HomeSettings.firstRows(), clock), store);
        }
    }

    /** Lambda: the clients, once per container, from the environment template.yaml sets. */
    public HomeApiFunction() {
        this(Services.fromEnvironment(Clock.systemUTC()));
    }

    /** Tests: the services ready-made. */
    public HomeApiFunction(Services services) {
        this.services = services;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return switch (request.routeKey()) {
            case "GET /home" -> ApiResponse.ok(HomeView.of(services.home().overview(request.principal()), "ca"));
            default -> unknownRoute(request);
        };
    }

    /**
     * SnapStart priming: the home page of a person who does not exist, through the request path (refused at the
     * guard), then the records' read itself on their empty partition, so the reading pool's threads and the
     * Query path are in the snapshot (the bench measured 1 s for the first page's first invoke without it).
     */
    @Override
    protected void prime() {
        services.store().read(CassNumber.of("000000A"), LocalDate.now(), true);
        handleRequest(primingRequest("GET /home"), null);
    }
}
