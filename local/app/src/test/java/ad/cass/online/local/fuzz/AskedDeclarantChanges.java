package ad.cass.online.local.fuzz;

import ad.cass.online.local.engines.LambdaEvents;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * A change of a declarant's data waiting for CASS to confirm it, asked as Núria does for her own account (820451,
 * events/declarants/change.json) when none waits: the demo data has none, so without it no confirmation would ever
 * succeed. Its procedure code is read back from her file (declarant.json's {@code pendingChange}).
 */
final class AskedDeclarantChanges {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AskedDeclarantChanges() {
    }

    /** The procedure code of the change waiting for 820451, asked now if none waits; the example's when none can be. */
    static String waiting() {
        String code = pendingCode();
        if (code == null) {
            APIGatewayV2HTTPResponse asked = call("change.json");
            JsonNode filed = read(asked.getBody()).path("code");
            code = filed.isTextual() ? filed.asText() : pendingCode();
        }
        return code == null ? "TA2026-000000" : code;
    }

    private static String pendingCode() {
        JsonNode file = read(call("declarant.json").getBody());
        JsonNode code = file.path("pendingChange").path("procedureCode");
        return code.isTextual() ? code.asText() : null;
    }

    private static APIGatewayV2HTTPResponse call(String example) {
        APIGatewayV2HTTPEvent event = LambdaEvents.read(TestStack.projectRoot().resolve("events/declarants").resolve(example),
                APIGatewayV2HTTPEvent.class);
        return LambdaEvents.fromJson(FuzzStack.host().invoke("DeclarantsFunction", LambdaEvents.toJson(event)),
                APIGatewayV2HTTPResponse.class);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json == null ? "{}" : json);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
