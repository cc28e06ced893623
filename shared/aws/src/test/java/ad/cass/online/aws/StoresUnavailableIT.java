package ad.cass.online.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.contributions.DynamoContributionStore;
import ad.cass.online.aws.documents.S3DocumentStore;
import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.identity.DynamoSessionStore;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.procedures.DynamoProcedureStore;
import ad.cass.online.aws.reimbursements.DynamoReimbursementStore;
import ad.cass.online.aws.s3.S3Clients;
import ad.cass.online.aws.signin.DynamoContractStore;
import ad.cass.online.aws.signin.DynamoLockoutStore;
import ad.cass.online.aws.signin.DynamoPinResetStore;
import ad.cass.online.domain.error.Unavailable;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.testing.RefusingAws;
import ad.cass.online.testing.TestEngines;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Every store turns a passing failure of its service into the domain's one {@code Unavailable} (issue 15,
 * item 4), so neither the rules nor the HTTP layer know which SDK failed. The real SDK clients meet a
 * throttling endpoint, retry, and give up; the store says "unavailable".
 */
class StoresUnavailableIT {
    static final CassNumber WHO = CassNumber.of("100001A");
    static RefusingAws throttling;
    static DynamoDbClient dynamo;

    @BeforeAll
    static void start() {
        throttling = RefusingAws.throttlingDynamoDb();
        Map<String, String> env = new HashMap<>(TestEngines.get().environment());
        env.put("AWS_ENDPOINT_URL_DYNAMODB", throttling.endpoint());
        env.put("DYNAMODB_MAX_ATTEMPTS", "2");
        dynamo = Env.with(env, DynamoDbClients::create);
    }

    @AfterAll
    static void stop() {
        throttling.close();
    }

    static Stream<Arguments> dynamoCalls() {
        return Stream.of(
                Arguments.of("sessions: find", (Executable) () -> new DynamoSessionStore(dynamo, "t").find("abc")),
                Arguments.of("sessions: revoke all", (Executable) () -> new DynamoSessionStore(dynamo, "t").revokeAll(WHO)),
                Arguments.of("sessions: change language", (Executable) () -> new DynamoSessionStore(dynamo, "t")
                        .changeLanguage(WHO, ad.cass.online.domain.settings.Language.FR)),
                Arguments.of("people: household", (Executable) () -> new DynamoPersonStore(dynamo, "t").household(WHO)),
                Arguments.of("contracts: find", (Executable) () -> new DynamoContractStore(dynamo, "t").find("CD-0451-2019")),
                Arguments.of("lockout: reserve", (Executable) () -> new DynamoLockoutStore(dynamo, "t").reserve("PIN#100001A", Instant.now(), 5)),
                Arguments.of("pin reset: issue", (Executable) () -> new DynamoPinResetStore(dynamo, "t").issue(WHO, "h", Instant.now())),
                Arguments.of("procedures: read", (Executable) () -> new DynamoProcedureStore(dynamo, "t").procedures(WHO)),
                Arguments.of("reimbursements: read", (Executable) () -> new DynamoReimbursementStore(dynamo, "t").reimbursements(WHO)),
                Arguments.of("contributions: write", (Executable) () -> new DynamoContributionStore(dynamo, "t").savePoints(
                        List.of(new ad.cass.online.domain.contributions.PointsYear(WHO, 2025, 1)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dynamoCalls")
    void aThrottledDynamoDbCallIsUnavailable(String name, Executable call) {
        Unavailable e = assertThrows(Unavailable.class, call);
        assertTrue(e.what().startsWith("DynamoDB: "), e.what());
        assertEquals(Unavailable.TRY_AGAIN, e.getMessage(), "what the person is told names no service");
    }

    /** Issue 16, item 1: a refused connection is as passing as a throttled call. */
    @Test
    void aRefusedConnectionToDynamoDbIsUnavailable() throws Exception {
        Map<String, String> env = new HashMap<>(TestEngines.get().environment());
        env.put("AWS_ENDPOINT_URL_DYNAMODB", RefusingAws.unreachable());
        env.put("DYNAMODB_MAX_ATTEMPTS", "2");
        DynamoDbClient refused = Env.with(env, DynamoDbClients::create);
        Unavailable e = assertThrows(Unavailable.class, () -> new DynamoSessionStore(refused, "t").find("abc"));
        assertEquals("DynamoDB: SdkClientException", e.what());
    }

    @Test
    void aSlowedDownS3CallIsUnavailable() {
        try (RefusingAws slowDown = RefusingAws.slowingDownS3()) {
            Map<String, String> env = new HashMap<>(TestEngines.get().environment());
            env.put("AWS_ENDPOINT_URL_S3", slowDown.endpoint());
            S3DocumentStore documents = Env.with(env, () -> new S3DocumentStore(S3Clients.create(), S3Clients.presigner(), "b"));
            Unavailable e = assertThrows(Unavailable.class, () -> documents.get("generated/x.pdf"));
            assertTrue(e.what().startsWith("S3: "), e.what());
        }
    }
}
