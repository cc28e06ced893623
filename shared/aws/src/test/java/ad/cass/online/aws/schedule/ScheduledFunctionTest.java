package ad.cass.online.aws.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.joda.time.DateTime;
import org.junit.jupiter.api.Test;

/** The scheduled-function base, on the Lambda events library's own ScheduledEvent. */
class ScheduledFunctionTest {
    static final class Recorder extends ScheduledFunction {
        final List<Instant> runs = new ArrayList<>();

        @Override
        protected String run(Instant scheduledFor) {
            runs.add(scheduledFor);
            return "ran for " + scheduledFor;
        }
    }

    @Test
    void aRunIsHandedTheTimeItWasScheduledForSoARepeatDecidesAlike() {
        ScheduledEvent event = new ScheduledEvent();
        event.setId("e1");
        event.setTime(new DateTime(Instant.parse("2026-11-01T02:00:00Z").toEpochMilli()));
        Recorder recorder = new Recorder();
        assertEquals("ran for 2026-11-01T02:00:00Z", recorder.handleRequest(event, null));
        recorder.handleRequest(event, null); // Lambda's retry, or an operator's rerun
        assertEquals(List.of(Instant.parse("2026-11-01T02:00:00Z"), Instant.parse("2026-11-01T02:00:00Z")), recorder.runs);
    }
}
