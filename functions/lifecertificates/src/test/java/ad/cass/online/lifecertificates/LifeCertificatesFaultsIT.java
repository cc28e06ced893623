package ad.cass.online.lifecertificates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.lifecertificates.DynamoLifeCertificateStore;
import ad.cass.online.domain.lifecertificates.PensionState;
import ad.cass.online.domain.lifecertificates.Pensioner;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.testing.Deployed;
import ad.cass.online.testing.FunctionCalls;
import ad.cass.online.testing.MutableClock;
import ad.cass.online.testing.RefusingAws;
import ad.cass.online.testing.TestPeople;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 23's faults, for the proof-of-life function built as Lambda builds it: DynamoDB throttling on every route,
 * S3 slowing down on a certificate's file: a 503 problem with Retry-After, nothing counted, and the same certificate
 * afterwards counts once.
 */
class LifeCertificatesFaultsIT {
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final Deployed deployed = Deployed.freshForEachTest();

    DynamoLifeCertificateStore store;

    @BeforeEach
    void pension() {
        TestStack stack = deployed.stack();
        store = new DynamoLifeCertificateStore(stack.dynamo(), stack.name("RecordsTable"));
        store.savePension(new Pensioner(TestPeople.HOLDER, "FR", 1_212_40, false, Language.FR), PensionState.paid());
    }

    FunctionCalls functionWith(Map<String, String> endpoints) {
        Map<String, String> env = new HashMap<>(deployed.stack().environment("LifeCertificatesFunction"));
        env.putAll(endpoints);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-30T10:00:00Z"));
        return new FunctionCalls("lifecertificates", Env.with(env,
                () -> new LifeCertificatesApiFunction(LifeCertificatesApiFunction.Services.fromEnvironment(clock))));
    }

    static void asHolder(com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent e) {
        e.getRequestContext().getAuthorizer().getLambda().put("cassNumber", TestPeople.HOLDER.value());
        e.getRequestContext().getAuthorizer().getLambda().put("profileId", "own:" + TestPeople.HOLDER.value());
    }

    static void assertUnavailable(APIGatewayV2HTTPResponse response) throws Exception {
        assertEquals(503, response.getStatusCode(), response.getBody());
        assertEquals("1", response.getHeaders().get("Retry-After"));
        assertEquals("https://online.cass.ad/problems/service-unavailable", JSON.readTree(response.getBody()).get("type").asText());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"status.json", "submit.json", "video-call.json"})
    void throttlingIsA503WithRetryAfterOnEveryRoute(String event) throws Exception {
        try (RefusingAws throttling = RefusingAws.throttlingDynamoDb()) {
            assertUnavailable(functionWith(Map.of("AWS_ENDPOINT_URL_DYNAMODB", throttling.endpoint(), "DYNAMODB_MAX_ATTEMPTS", "2"))
                    .call(event, LifeCertificatesFaultsIT::asHolder));
        }
    }

    /**
     * SES refusing the reinstatement's letter: the certificate counts and the pension is paid again (201); the letter's
     * portal notice is there, posted before the mail.
     */
    @Test
    void aReinstatementWhoseMailSesRefusesStandsWithItsNotice() throws Exception {
        store.savePension(new Pensioner(TestPeople.HOLDER, "FR", 1_212_40, false, Language.FR),
                PensionState.suspended(java.time.LocalDate.of(2026, 12, 1), "2026-11"));
        try (RefusingAws ses = RefusingAws.rejectingSes("jordi.vidal@example.ad")) {
            APIGatewayV2HTTPResponse response = functionWith(Map.of("AWS_ENDPOINT_URL_SESV2", ses.endpoint()))
                    .call("submit.json", LifeCertificatesFaultsIT::asHolder);
            assertEquals(201, response.getStatusCode(), response.getBody());
            assertEquals("PAID", JSON.readTree(response.getBody()).at("/pension/status").asText());
        }
        assertEquals(PensionState.paid(), store.pension(TestPeople.HOLDER).orElseThrow().state());
        TestStack stack = deployed.stack();
        assertEquals(List.of("FV-2026-11-REINSTATEMENT"), new ad.cass.online.aws.notices.DynamoNoticeStore(stack.dynamo(),
                stack.name("RecordsTable")).notices(TestPeople.HOLDER).stream().map(ad.cass.online.domain.notices.ActiveNotice::id).toList());
    }

    /** S3 slowing down: the certificate is not counted; sent again once S3 is back, it counts once. */
    @Test
    void aCertificateWhoseFileS3RefusedCountsWhenSentAgain() throws Exception {
        try (RefusingAws slowDown = RefusingAws.slowingDownS3()) {
            assertUnavailable(functionWith(Map.of("AWS_ENDPOINT_URL_S3", slowDown.endpoint()))
                    .call("submit.json", LifeCertificatesFaultsIT::asHolder));
        }
        assertEquals(0, store.pension(TestPeople.HOLDER).orElseThrow().received("2026-11"), "nothing counted");
        APIGatewayV2HTTPResponse again = functionWith(Map.of()).call("submit.json", LifeCertificatesFaultsIT::asHolder);
        assertEquals(201, again.getStatusCode(), again.getBody());
        assertEquals(1, store.pension(TestPeople.HOLDER).orElseThrow().received("2026-11"));
    }
}
