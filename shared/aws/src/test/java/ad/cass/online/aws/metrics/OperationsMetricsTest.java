package ad.cass.online.aws.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.testing.EmfLines;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a count writes: one embedded-metric-format line CloudWatch reads as the metric, with its dimensions. */
class OperationsMetricsTest {

    @Test
    void aCountIsOneEmfLineWithItsNamespaceMetricAndDimensions() {
        List<JsonNode> lines = EmfLines.during(() -> OperationsMetrics.count(Counted.SIGN_INS, "Method", "PIN", "Outcome", "SUCCESS"));
        assertEquals(1, lines.size(), lines.toString());
        JsonNode line = lines.get(0);
        JsonNode directive = line.path("_aws").path("CloudWatchMetrics").get(0);
        assertEquals(OperationsMetrics.namespace(), directive.path("Namespace").asText());
        assertTrue(OperationsMetrics.namespace().startsWith("CassOnline"));
        assertEquals("SignIns", directive.path("Metrics").get(0).path("Name").asText());
        assertEquals("Count", directive.path("Metrics").get(0).path("Unit").asText());
        assertTrue(directive.path("Dimensions").toString().contains("\"Method\""), directive.toString());
        assertTrue(directive.path("Dimensions").toString().contains("\"Outcome\""), directive.toString());
        assertEquals(1, line.path("SignIns").asInt());
        assertEquals("PIN", line.path("Method").asText());
        assertEquals("SUCCESS", line.path("Outcome").asText());
    }

    @Test
    void severalAtOnceAreOneLineWithTheirNumberAndNoneIsNoLine() {
        List<JsonNode> lines = EmfLines.during(() -> {
            OperationsMetrics.count(Counted.PROOF_OF_LIFE_ACTIONS, 24, "Action", "REMINDER");
            OperationsMetrics.count(Counted.PROOF_OF_LIFE_ACTIONS, 0, "Action", "SUSPENSION");
        });
        assertEquals(1, lines.size(), lines.toString());
        assertEquals(24, lines.get(0).path("ProofOfLifeActions").asInt());
        assertEquals("REMINDER", lines.get(0).path("Action").asText());
    }
}
