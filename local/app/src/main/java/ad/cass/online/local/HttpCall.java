package ad.cass.online.local;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request as the transport received it, body read in full: what the API Gateway emulation works from.
 *
 * @param requestId  the id API Gateway would give it: in the event and in the {@code Apigw-Requestid} answer header
 * @param rawPath    still percent-encoded, as API Gateway's {@code rawPath}
 * @param rawQuery   still percent-encoded, {@code ""} when there is none
 * @param headers    lower-case names in order of arrival, each with its values in order
 * @param domainName {@code host:port} the request reached
 */
record HttpCall(String requestId, String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                String sourceIp, String protocol, String domainName, byte[] body) {

    Optional<String> header(String lowerCaseName) {
        return Optional.ofNullable(headers.get(lowerCaseName)).filter(values -> !values.isEmpty()).map(values -> values.get(0));
    }
}
