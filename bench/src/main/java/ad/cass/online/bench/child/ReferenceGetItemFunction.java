package ad.cass.online.bench.child;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The benchmark's yardstick: the least a Java Lambda can do for GET /profiles — one GetItem of the
 * caller's person item with the bare SDK, answered by string concatenation. No domain, no JSON library,
 * no structured logging. Our functions are judged by how far above this they start.
 */
public class ReferenceGetItemFunction implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    protected final DynamoDbClient dynamo = DynamoDbClient.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .region(Region.of(System.getenv("AWS_REGION")))
            .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
            .endpointOverride(URI.create(System.getenv("AWS_ENDPOINT_URL_DYNAMODB")))
            .build();
    protected final String table = System.getenv("PEOPLE_TABLE");

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String cassNumber = String.valueOf(event.getRequestContext().getAuthorizer().getLambda().get("cassNumber"));
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(Map.of("pk", AttributeValue.fromS("PERSON#" + cassNumber), "sk", AttributeValue.fromS("PROFILE")))).item();
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withBody(body(item.get("givenName").s()))
                .build();
    }

    protected String body(String givenName) {
        return "{\"givenName\":\"" + givenName + "\"}";
    }
}
