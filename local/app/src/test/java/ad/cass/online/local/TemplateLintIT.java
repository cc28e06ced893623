package ad.cass.online.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ad.cass.online.testing.TestStack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: template.yaml linted by cfn-lint (with the SAM translator: it runs the real SAM transform), clean of
 * errors and warnings; each exception is justified in the template beside what it excuses (a resource's
 * {@code Metadata: cfn-lint}). Where cfn-lint is not installed the test says so and is skipped, never passed.
 */
class TemplateLintIT {
    @Test
    void cfnLintFindsNothing() throws Exception {
        Path template = TestStack.projectRoot().resolve("template.yaml");
        Process lint;
        try {
            lint = new ProcessBuilder("cfn-lint", "--format", "parseable", template.toString()).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            System.out.println("cfn-lint is not installed here (pip install cfn-lint): template.yaml not linted");
            Assumptions.abort("cfn-lint is not installed");
            return;
        }
        if (!lint.waitFor(5, TimeUnit.MINUTES)) {
            lint.destroyForcibly();
            throw new AssertionError("cfn-lint took more than five minutes");
        }
        String findings = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals("", findings, "cfn-lint's findings (fix them, or justify each in the template)");
        assertEquals(0, lint.exitValue(), "cfn-lint's exit code");
    }
}
