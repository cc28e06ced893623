package ad.cass.online.aws.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * The payload 2.0 event of a route behind mutual TLS. API Gateway puts the client certificate in
 * {@code requestContext.authentication.clientCert}, which the events library's APIGatewayV2HTTPEvent does
 * not model; such a handler takes the raw event as a map and reads both parts from it.
 */
public final class MutualTlsEvents {
    private static final ObjectMapper LENIENT = Json.MAPPER.copy()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private MutualTlsEvents() {
    }

    public static APIGatewayV2HTTPEvent httpEvent(Map<String, Object> raw) {
        return LENIENT.convertValue(raw, APIGatewayV2HTTPEvent.class);
    }

    /** {@code requestContext.authentication.clientCert.clientCertPem}, or null. */
    public static String clientCertPem(Map<String, Object> raw) {
        Object value = raw;
        for (String key : new String[] {"requestContext", "authentication", "clientCert", "clientCertPem"}) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(key);
        }
        return value instanceof String pem ? pem : null;
    }
}
