package ad.cass.online.testing;

import ad.cass.online.aws.Env;
import ad.cass.online.local.engines.LocalEngines;
import ad.cass.online.local.engines.SamTemplate;
import ad.cass.online.local.engines.TestAuthority;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The stack of template.yaml deployed on the test engines under a stage of its own, so each test class
 * gets fresh tables. Functions are built by their no-argument constructor with the environment the
 * template gives them: the tests exercise the real wiring, not a hand-made copy of it.
 */
public final class TestStack {
    private static final AtomicInteger STAGES = new AtomicInteger();
    /** Stands in for the government's authority: the stack trusts it through the GovernmentCaPem parameter. */
    public static final TestAuthority AUTHORITY = TestAuthority.create("Test Govern d'Andorra CA");
    /** CASS's seal for the stacks' documents and health cards, issued by the same authority. */
    public static final TestAuthority.Issued SEAL = AUTHORITY.issueSeal("Caixa Andorrana de Seguretat Social (test)",
            java.time.Instant.now().minus(java.time.Duration.ofDays(1)), java.time.Instant.now().plus(java.time.Duration.ofDays(365)));

    private final SamTemplate template;
    private final LocalEngines engines;
    private final DynamoDbClient dynamo;

    private TestStack(SamTemplate template, LocalEngines engines) {
        this.template = template;
        this.engines = engines;
        this.dynamo = engines.dynamoClient();
    }

    public static TestStack create() {
        LocalEngines engines = TestEngines.get();
        String stage = "t" + ProcessHandle.current().pid() + "x" + STAGES.incrementAndGet();
        return new TestStack(engines.deploy(projectRoot().resolve("template.yaml"), Map.of("Stage", stage,
                "GovernmentCaPem", AUTHORITY.certificatePem(),
                "DocumentSealSecretArn", engines.putSecret("cass-online-" + stage + "-seal", AUTHORITY.sealPem(SEAL)))), engines);
    }

    public static Path projectRoot() {
        return SamTemplate.find().getParent();
    }

    public SamTemplate template() {
        return template;
    }

    public LocalEngines engines() {
        return engines;
    }

    public DynamoDbClient dynamo() {
        return dynamo;
    }

    /** The physical name of a table or bucket, e.g. {@code table("PeopleTable")}. */
    public String name(String logicalId) {
        return template.string(Map.of("Ref", logicalId));
    }

    /** What the function sees on the local runtime: the engines' endpoints under template.yaml's variables. */
    public Map<String, String> environment(String functionLogicalId) {
        Map<String, String> env = new LinkedHashMap<>(engines.environment());
        env.putAll(template.function(functionLogicalId).environment());
        return env;
    }

    /** Builds a handler as Lambda would, inside the function's environment. */
    public <T> T build(String functionLogicalId, Supplier<T> noArgConstructor) {
        return Env.with(environment(functionLogicalId), noArgConstructor);
    }
}
