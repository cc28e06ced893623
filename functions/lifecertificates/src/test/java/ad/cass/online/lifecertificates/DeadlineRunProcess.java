package ad.cass.online.lifecertificates;

import ad.cass.online.local.engines.LambdaEvents;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.nio.file.Path;

/**
 * The deadline function in a process of its own, as in a Lambda container, built by its no-argument constructor from
 * this process's environment: {@code LifeCertificatesIT} kills it with SIGKILL half-way through a run (issue 23).
 */
public final class DeadlineRunProcess {
    private DeadlineRunProcess() {
    }

    public static void main(String[] args) throws Exception {
        ScheduledEvent event = LambdaEvents.read(Path.of(args[0]), ScheduledEvent.class);
        System.out.println(new LifeCertificatesScheduledFunction().handleRequest(event, new LifeCertificatesIT.MinutesLeft(1_000_000)));
    }
}
