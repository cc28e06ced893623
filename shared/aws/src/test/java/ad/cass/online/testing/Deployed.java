package ad.cass.online.testing;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The set-up every integration test repeated, as one JUnit extension: template.yaml deployed on the test
 * engines under a stage of its own (fresh tables), the test people saved, and functions built as Lambda
 * builds them.
 * <pre>
 *   &#64;RegisterExtension
 *   static final Deployed STACK = Deployed.withPeople();
 *   ...
 *   AuthApiFunction auth = STACK.build("AuthFunction", AuthApiFunction::new);
 * </pre>
 * Deployed once for the class, before its {@code @BeforeAll} methods; {@link #freshForEachTest()} deploys
 * anew before each test instead, for tests that must not see each other's writes.
 */
public final class Deployed implements BeforeAllCallback, BeforeEachCallback {
    private final boolean perTest;
    private final boolean people;
    private TestStack stack;

    private Deployed(boolean perTest, boolean people) {
        this.perTest = perTest;
        this.people = people;
    }

    /** Once per class, with the test people. */
    public static Deployed withPeople() {
        return new Deployed(false, true);
    }

    /** Once per class, tables empty. */
    public static Deployed empty() {
        return new Deployed(false, false);
    }

    /** Anew before each test, with the test people. */
    public static Deployed freshForEachTest() {
        return new Deployed(true, true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!perTest) {
            deploy();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (perTest) {
            deploy();
        }
    }

    private void deploy() {
        stack = TestStack.create();
        if (people) {
            TestPeople.save(stack);
        }
    }

    public TestStack stack() {
        if (stack == null) {
            throw new IllegalStateException("not deployed yet: register Deployed with @RegisterExtension");
        }
        return stack;
    }

    /** A function built by its no-argument constructor, inside the environment the template gives it. */
    public <T> T build(String functionLogicalId, Supplier<T> noArgConstructor) {
        return stack().build(functionLogicalId, noArgConstructor);
    }
}
