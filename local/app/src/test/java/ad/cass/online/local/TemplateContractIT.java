package ad.cass.online.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.aws.Env;
import ad.cass.online.local.engines.LambdaEvents;
import ad.cass.online.local.engines.SamTemplate;
import ad.cass.online.testing.TestStack;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * template.yaml held against the code: every Handler exists and is built the way Lambda builds it, every
 * CodeUri is what a function module packages, every route reaches a function that serves it, every
 * environment variable the code reads is set for that function (and none is set for nothing), and every
 * table a function is told about is one its policies let it use.
 */
class TemplateContractIT {
    /** Set by Lambda itself, or only by the local runtime to reach its emulators. */
    static final Set<String> PROVIDED = Set.of("AWS_REGION", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
            "AWS_SESSION_TOKEN", "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
            "AWS_ENDPOINT_URL_DYNAMODB", "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL_SESV2", "AWS_ENDPOINT_URL_SQS",
            "AWS_ENDPOINT_URL_SCHEDULER", "AWS_ENDPOINT_URL_SECRETS_MANAGER");

    static TestStack stack;

    @BeforeAll
    static void deploy() {
        stack = TestStack.create();
    }

    static Stream<SamTemplate.Function> functions() {
        return TestStack.create().template().functions().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void handlerExistsAndIsBuiltWithWhatTheTemplateGivesIt(SamTemplate.Function function) throws Exception {
        Class<?> type = Class.forName(function.handlerClass());
        assertTrue(RequestHandler.class.isAssignableFrom(type), type + " is a RequestHandler");
        assertNotNull(FunctionHost.handlerMethod(type, function.handler()));

        Map<String, String> env = new LinkedHashMap<>(stack.engines().environment());
        env.putAll(function.environment());
        Env.Recorded<Object> built = Env.recording(env, () -> {
            try {
                return type.getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
        Set<String> read = new TreeSet<>(built.namesRead());
        read.removeAll(PROVIDED);
        Set<String> missing = new TreeSet<>(read);
        missing.removeAll(function.environment().keySet());
        assertEquals(Set.of(), missing, function.logicalId() + " reads variables template.yaml does not set");

        Map<String, Object> own = SamTemplateAccess.ownVariables(function);
        Set<String> unread = new TreeSet<>(own.keySet());
        unread.removeAll(built.namesRead());
        assertEquals(Set.of(), unread, function.logicalId() + " is given variables its code never reads");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void codeUriIsTheJarItsModulePackages(SamTemplate.Function function) throws Exception {
        Path root = TestStack.projectRoot();
        Path jar = Path.of(function.codeUri());
        assertEquals("target", jar.getParent().getFileName().toString());
        Path module = root.resolve(jar.getParent().getParent());
        String pom = Files.readString(module.resolve("pom.xml"));
        String name = jar.getFileName().toString().replace(".jar", "");
        assertTrue(pom.contains("<function.name>" + name + "</function.name>"), module + " packages " + name + ".jar");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void everyTableInTheEnvironmentIsCoveredByAPolicy(SamTemplate.Function function) {
        Map<String, Object> own = SamTemplateAccess.ownVariables(function);
        Set<String> tablesNamed = own.values().stream().map(SamTemplateAccess::refTarget)
                .filter(ref -> ref != null && ref.endsWith("Table")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> tablesAllowed = SamTemplateAccess.policyTables(function);
        assertEquals(tablesNamed, tablesAllowed, function.logicalId() + ": environment and policies name the same tables");
    }

    @Test
    void everyRouteReachesAFunctionThatServesIt() {
        List<SamTemplate.Route> routes = stack.template().routes();
        assertFalse(routes.isEmpty());
        FunctionHost host = new FunctionHost(stack.template(), stack.engines().environment());
        for (SamTemplate.Route route : routes) {
            APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder().withRouteKey(route.routeKey())
                    .withRawPath(route.path()).withHeaders(Map.of("content-type", "application/json")).withBody("{}").build();
            String json = host.invoke(route.functionLogicalId(), LambdaEvents.toJson(event));
            APIGatewayV2HTTPResponse response = LambdaEvents.fromJson(json, APIGatewayV2HTTPResponse.class);
            assertFalse(response.getStatusCode() == 404 && response.getBody().contains("Aquesta adreça no existeix"),
                    route.routeKey() + " is not routed inside " + route.functionLogicalId());
            if (route.authorizerFunctionLogicalId() != null) {
                stack.template().function(route.authorizerFunctionLogicalId());
            }
        }
    }

    @Test
    void onlySignInTheDocumentCheckAndTheSealsKeyArePublicAndEachIsThrottledHarder() {
        List<String> publicRoutes = stack.template().routes().stream().filter(r -> r.authorizerFunctionLogicalId() == null)
                .map(SamTemplate.Route::routeKey).sorted().toList();
        // issue 20: anyone holding a document checks its code, and any wallet fetches the seal's key, with no session
        assertEquals(List.of("GET /.well-known/jwks.json", "GET /verify/{code}", "POST /auth/login", "POST /auth/login/certificate", "POST /auth/login/contract",
                "POST /auth/pin-reset", "POST /auth/pin-reset/confirm"), publicRoutes);
        Map<String, Object> api = stack.template().resourcesOfType("AWS::Serverless::HttpApi").get("CassHttpApi");
        Map<?, ?> defaults = (Map<?, ?>) api.get("DefaultRouteSettings");
        // the certificate route has an API of its own (mutual TLS), throttled as a whole like sign-in
        Map<?, ?> certificateApi = (Map<?, ?>) stack.template().resourcesOfType("AWS::Serverless::HttpApi")
                .get("CertificateHttpApi").get("DefaultRouteSettings");
        assertTrue(((Number) certificateApi.get("ThrottlingRateLimit")).intValue()
                < ((Number) defaults.get("ThrottlingRateLimit")).intValue());
        for (String route : publicRoutes.stream().filter(r -> !r.endsWith("/certificate")).toList()) {
            Map<?, ?> settings = (Map<?, ?>) ((Map<?, ?>) api.get("RouteSettings")).get(route);
            assertNotNull(settings, route + " has its own throttling");
            assertTrue(((Number) settings.get("ThrottlingRateLimit")).intValue()
                    < ((Number) defaults.get("ThrottlingRateLimit")).intValue(), route);
        }
    }

    @Test
    void tablesAreRecoverableEncryptedAndSessionsExpire() {
        for (SamTemplate.Table table : stack.template().tables()) {
            Map<?, ?> pitr = (Map<?, ?>) table.properties().get("PointInTimeRecoverySpecification");
            // the sign-in allowances' counters live an hour: nothing there is worth restoring
            assertEquals(table.logicalId().equals("LimitsTable") ? null : Boolean.TRUE,
                    pitr == null ? null : pitr.get("PointInTimeRecoveryEnabled"), table.logicalId());
            assertEquals("PAY_PER_REQUEST", table.properties().get("BillingMode"), table.logicalId());
        }
        Map<String, String> ttlAttributes = new LinkedHashMap<>();
        for (SamTemplate.Table table : stack.template().tables()) {
            Map<?, ?> ttl = (Map<?, ?>) table.properties().get("TimeToLiveSpecification");
            if (ttl != null && Boolean.TRUE.equals(ttl.get("Enabled"))) {
                ttlAttributes.put(table.logicalId(), String.valueOf(ttl.get("AttributeName")));
            }
            Map<?, ?> sse = (Map<?, ?>) table.properties().get("SSESpecification");
            assertEquals(Boolean.TRUE, sse == null ? null : sse.get("SSEEnabled"), table.logicalId() + " encrypted with KMS");
        }
        // what expires: sessions (expiresAt, epoch s), in People reset links and lockout counters (ttl), and
        // the allowances' counters (ttl)
        // the allowances' counters (ttl), and the access log after two years (expiresAt)
        assertEquals(Map.of("SessionsTable", "expiresAt", "PeopleTable", "ttl", "LimitsTable", "ttl", "AccessLogTable", "expiresAt"),
                ttlAttributes);
    }

    @Test
    void theBucketIsPrivateEncryptedAndForgetsGeneratedFiles() {
        for (SamTemplate.Bucket bucket : stack.template().buckets()) {
            Map<?, ?> block = (Map<?, ?>) bucket.properties().get("PublicAccessBlockConfiguration");
            for (String flag : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")) {
                assertEquals(Boolean.TRUE, block.get(flag), bucket.logicalId() + " " + flag);
            }
            assertNotNull(((Map<?, ?>) bucket.properties().get("BucketEncryption")).get("ServerSideEncryptionConfiguration"));
            List<?> rules = (List<?>) ((Map<?, ?>) bucket.properties().get("LifecycleConfiguration")).get("Rules");
            assertTrue(rules.stream().map(r -> (Map<?, ?>) r).anyMatch(r -> "generated/".equals(r.get("Prefix"))
                    && r.get("ExpirationInDays") instanceof Integer days && days > 0), bucket.logicalId());
        }
    }

    @Test
    void everyFunctionIsSnapStartedOnJava21AndLogsWithRetention() {
        Map<String, Object> globals = stack.template().functionGlobals();
        assertEquals("java21", globals.get("Runtime"));
        assertEquals("PublishedVersions", ((Map<?, ?>) globals.get("SnapStart")).get("ApplyOn"));
        assertNotNull(globals.get("AutoPublishAlias"), "SnapStart restores published versions only");
        Map<String, Map<String, Object>> logGroups = stack.template().resourcesOfType("AWS::Logs::LogGroup");
        for (SamTemplate.Function function : stack.template().functions()) {
            assertTrue(logGroups.values().stream().anyMatch(g -> String.valueOf(g.get("LogGroupName"))
                    .contains("/aws/lambda/${" + function.logicalId() + "}") && g.get("RetentionInDays") != null),
                    function.logicalId() + " has a log group with a retention");
        }
    }

    /**
     * Issue 23, Operations: an operator hears of every dead letter, of each API's 5xx and of a scheduled run that gave
     * up; each alarm writes to the operators' topic.
     */
    @Test
    void everyDeadLetterQueueEveryApiAndEveryScheduledRunHasItsAlarm() {
        Map<String, Map<String, Object>> alarms = stack.template().resourcesOfType("AWS::CloudWatch::Alarm");
        List<String> watched = alarms.values().stream().map(a -> a.get("Dimensions") + " " + a.get("Metrics")).toList();
        Set<String> deadLetterQueues = stack.template().queues().stream()
                .map(q -> (Map<?, ?>) q.properties().get("RedrivePolicy")).filter(java.util.Objects::nonNull)
                .map(r -> String.valueOf(r.get("deadLetterTargetArn")).replaceAll("^.*?([A-Za-z]+DeadLetterQueue).*$", "$1"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("NoticeDeadLetterQueue", "ExtractDeadLetterQueue"), deadLetterQueues);
        Set<String> mustBeWatched = new TreeSet<>(deadLetterQueues);
        mustBeWatched.addAll(stack.template().resourcesOfType("AWS::Serverless::HttpApi").keySet());
        stack.template().schedules().forEach(s -> mustBeWatched.add(s.functionLogicalId()));
        for (String resource : mustBeWatched) {
            assertTrue(watched.stream().anyMatch(w -> w.contains(resource)), resource + " has an alarm");
        }
        alarms.forEach((id, alarm) -> assertTrue(String.valueOf(alarm.get("AlarmActions")).contains("OperatorsTopic"),
                id + " writes to the operators"));
    }

    @Test
    void theAuthorizerIsPayload2WithSimpleResponsesAndNeverCached() {
        Map<?, ?> api = stack.template().resourcesOfType("AWS::Serverless::HttpApi").get("CassHttpApi");
        Map<?, ?> authorizer = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) api.get("Auth")).get("Authorizers")).get("SessionAuthorizer");
        assertEquals("2.0", authorizer.get("AuthorizerPayloadFormatVersion"));
        assertEquals(Boolean.TRUE, authorizer.get("EnableSimpleResponses"));
        Map<?, ?> identity = (Map<?, ?>) authorizer.get("Identity");
        assertEquals(0, identity.get("ReauthorizeEvery"), "a revoked session is never served from a cache");
        assertEquals(null, identity.get("Headers"), "no identity source: a request without a token still reaches the function's 401");
    }

    @Test
    void certificateSignInIsReachableOnlyThroughTheMutualTlsDomain() {
        Map<String, Map<String, Object>> apis = stack.template().resourcesOfType("AWS::Serverless::HttpApi");
        assertEquals(Boolean.TRUE, apis.get("CertificateHttpApi").get("DisableExecuteApiEndpoint"));
        Map<?, ?> domain = stack.template().resourcesOfType("AWS::ApiGatewayV2::DomainName").get("CertificateApiDomain");
        assertNotNull(((Map<?, ?>) domain.get("MutualTlsAuthentication")).get("TruststoreUri"));
        assertTrue(stack.template().routes().stream().filter(r -> r.path().equals("/auth/login/certificate"))
                .allMatch(r -> r.functionLogicalId().equals("CertificateLoginFunction")));
    }
}
