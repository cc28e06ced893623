package ad.cass.online.lifecertificates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.lifecertificates.LifeCertificateScheduler.Run;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.util.Optional;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A schedule event for a day no campaign can be on is answered, and nothing is read or written (issue 23's fuzzing,
 * LifeCertificatesScheduledFuzzIT: a reminders run for 1 November 2100 asked the pensioners abroad for a campaign of
 * 2100). No scheduler here: one touched would fail the test.
 */
class AbsurdScheduleTimeTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 1970, 1999, 2100, 292_278_000})
    void aRunForADayOutsideTheCenturyRecordsNothing(int year) {
        var function = new LifeCertificatesScheduledFunction(new LifeCertificatesScheduledFunction.Services(null, Run.REMINDERS,
                Optional.empty()));
        ScheduledEvent event = new ScheduledEvent();
        event.setTime(new DateTime(year, 11, 1, 4, 0, DateTimeZone.UTC));
        String line = function.handleRequest(event, null);
        assertTrue(line.contains("no run for") && line.contains("nothing recorded"), line);
    }
}
