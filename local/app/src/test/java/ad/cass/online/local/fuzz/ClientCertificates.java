package ad.cass.online.local.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The client certificate of a sign-in behind mutual TLS, which the events library does not model: a demo person's
 * (the local authority issues one per start), the expired or the untrusted one, one with its bytes changed, text, or
 * none. It goes where API Gateway puts it, {@code requestContext.authentication.clientCert.clientCertPem}.
 */
final class ClientCertificates {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClientCertificates() {
    }

    /** The PEM to present, or null for none; 0 is the first demo person's, valid. */
    static String choose(Fuzz fuzz) {
        return switch (fuzz.choose(5)) {
            case 0 -> FuzzStack.certificate(FuzzStack.certificateNames().get(0));
            case 1 -> FuzzStack.certificate(fuzz.pick(FuzzStack.certificateNames()));
            case 2 -> {
                String pem = FuzzStack.certificate(fuzz.pick(FuzzStack.certificateNames()));
                int at = fuzz.choose(pem.length());
                yield pem.substring(0, at) + fuzz.text(32) + pem.substring(Math.min(pem.length(), at + fuzz.choose(64)));
            }
            case 3 -> fuzz.text(2048);
            default -> null;
        };
    }

    /** The event JSON with the certificate in it (or without one). */
    static String presented(String eventJson, String pem) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(eventJson);
            ObjectNode context = event.with("requestContext");
            if (pem == null) {
                context.remove("authentication");
            } else {
                context.with("authentication").with("clientCert").put("clientCertPem", pem);
            }
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
