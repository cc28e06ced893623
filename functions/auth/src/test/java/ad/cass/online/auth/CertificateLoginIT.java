package ad.cass.online.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ad.cass.online.aws.http.ProblemType;
import ad.cass.online.local.engines.TestAuthority;
import ad.cass.online.testing.ApiContract;
import ad.cass.online.testing.Deployed;
import ad.cass.online.testing.Events;
import ad.cass.online.testing.TestPeople;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * POST /auth/login/certificate as API Gateway calls it behind mutual TLS: the raw payload 2.0 event of
 * events/auth/login-certificate.json, with the client certificate in requestContext.authentication.clientCert.
 * The stack trusts TestStack.AUTHORITY through the GovernmentCaPem parameter.
 */
class CertificateLoginIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant NOW = Instant.now();
    static CertificateLoginFunction function;

    @RegisterExtension
    static final Deployed STACK = Deployed.withPeople();

    @BeforeAll
    static void build() {
        TestStack stack = STACK.stack();
        function = stack.build("CertificateLoginFunction", CertificateLoginFunction::new);
    }

    @SuppressWarnings("unchecked")
    static APIGatewayV2HTTPResponse presenting(String clientCertPem) {
        Map<String, Object> event = Events.read("auth", "login-certificate.json", Map.class);
        Map<String, Object> context = (Map<String, Object>) event.get("requestContext");
        if (clientCertPem == null) {
            context.remove("authentication");
        } else {
            ((Map<String, Object>) ((Map<String, Object>) context.get("authentication")).get("clientCert"))
                    .put("clientCertPem", clientCertPem);
        }
        return ApiContract.checked(event, function.handleMtlsRequest(event, null));
    }

    static String valid(TestAuthority authority, String serialNumber) {
        return authority.issue("Jordi Vidal Font", serialNumber, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(365)))
                .certificatePem();
    }

    @Test
    void aTrustedValidCertificateOfAKnownPersonOpensASessionWithAllTheirProfiles() throws Exception {
        APIGatewayV2HTTPResponse response = presenting(valid(TestStack.AUTHORITY, TestPeople.HOLDER_GOVERNMENT_ID));
        assertEquals(200, response.getStatusCode());
        JsonNode body = JSON.readTree(response.getBody());
        assertEquals("100001A", body.get("person").get("cassNumber").asText());
        assertEquals(List.of("own:100001A", "dependant:100002B", "dependant:100003C"), body.get("profiles").findValuesAsText("id"));
    }

    @Test
    void expiredUntrustedUnknownMissingAndGarbageAreAllTheSame401() throws Exception {
        String wrongPin = JSON.readTree(new AuthFunctionCalls().wrongPin()).get("detail").asText();
        List<String> refused = new java.util.ArrayList<>();
        refused.add(TestStack.AUTHORITY.issue("Jordi Vidal Font", TestPeople.HOLDER_GOVERNMENT_ID,
                NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(1))).certificatePem());          // expired
        refused.add(TestStack.AUTHORITY.issue("Jordi Vidal Font", TestPeople.HOLDER_GOVERNMENT_ID,
                NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(30))).certificatePem());             // not yet valid
        refused.add(valid(TestAuthority.create("Somebody Else CA"), TestPeople.HOLDER_GOVERNMENT_ID));      // untrusted
        refused.add(valid(TestAuthority.create("Test Govern d'Andorra CA"), TestPeople.HOLDER_GOVERNMENT_ID)); // forged:
        // the trusted issuer's very name, but not signed by its key
        refused.add(valid(TestStack.AUTHORITY, "AD-0000000-Z"));                                            // unknown holder
        refused.add(TestStack.AUTHORITY.issue("Jordi Vidal Font", TestPeople.HOLDER_GOVERNMENT_ID, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(30)), KeyPurposeId.id_kp_emailProtection).certificatePem()); // not for signing in
        refused.add(TestStack.AUTHORITY.certificatePem());                                                  // the authority itself
        refused.add("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n");   // garbage
        refused.add(null);                                                                                  // none at all
        for (String pem : refused) {
            APIGatewayV2HTTPResponse response = presenting(pem);
            assertEquals(401, response.getStatusCode());
            JsonNode problem = JSON.readTree(response.getBody());
            assertEquals(ProblemType.UNAUTHENTICATED.uri(), problem.get("type").asText());
            assertEquals(wrongPin, problem.get("detail").asText());
        }
    }

    /** The PIN function's answer to a wrong PIN, to compare with. */
    static final class AuthFunctionCalls {
        String wrongPin() {
            TestStack stack = TestStack.create();
            AuthApiFunction auth = stack.build("AuthFunction", AuthApiFunction::new);
            return auth.handleRequest(Events.read("auth", "login-wrong-pin.json",
                    com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.class), null).getBody();
        }
    }
}
