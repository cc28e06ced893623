package ad.cass.online.profiles;

import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.http.ApiFunction;
import ad.cass.online.aws.http.ApiRequest;
import ad.cass.online.aws.http.ApiResponse;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.person.PeopleSettings;
import ad.cass.online.aws.person.PersonView;
import ad.cass.online.aws.person.ProfileView;
import ad.cass.online.domain.person.ProfileType;
import ad.cass.online.domain.profiles.ProfileService.ProfileChoice;
import ad.cass.online.domain.profiles.ProfileService;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.List;
import java.util.Map;

/** GET /profiles: the accounts the caller may act as (seed 000, §1.2.3 and §2.2.6). */
public final class ProfilesApiFunction extends ApiFunction {
    private final Services services;

    /** The domain service this function translates to, built once per container. */
    public record Services(ProfileService profiles) {
        /** From the environment template.yaml sets. */
        public static Services fromEnvironment() {
            var people = new DynamoPersonStore(DynamoDbClients.create(), PeopleSettings.peopleTable());
            return new Services(new ProfileService(people, people));
        }
    }

    /** Lambda: the clients, once per container, from the environment template.yaml sets. */
    public ProfilesApiFunction() {
        this(Services.fromEnvironment());
    }

    /** Tests: the services ready-made. */
    public ProfilesApiFunction(Services services) {
        this.services = services;
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return switch (request.routeKey()) {
            case "GET /profiles" -> list(request);
            default -> unknownRoute(request);
        };
    }

    private ApiResponse list(ApiRequest request) {
        ProfileChoice choice = services.profiles().profilesOf(request.principal());
        return ApiResponse.ok(new ProfilesView(PersonView.of(choice.person()), choice.profiles().stream()
                .map(p -> ProfileView.of(p, p.type() == ProfileType.DEPENDANT ? choice.ownAccess().contains(p.subject()) : null))
                .toList(), choice.activeProfileId(), choice.notice()));
    }

    /** {@code notice} is left out of the JSON when null (the mapper omits nulls). */
    record ProfilesView(PersonView person, List<ProfileView> profiles, String activeProfileId, String notice) {
    }

    /** SnapStart priming: a lookup of a person that does not exist, through the whole request path. */
    @Override
    protected void prime() {
        handleRequest(primingRequest("GET /profiles"), null);
    }
}
