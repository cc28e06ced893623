package ad.cass.online.lifecertificates;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.dynamodb.RecordsSettings;
import ad.cass.online.aws.lifecertificates.DynamoLifeCertificateStore;
import ad.cass.online.aws.notices.DynamoNoticeStore;
import ad.cass.online.aws.mail.SesMailer;
import ad.cass.online.aws.metrics.Counted;
import ad.cass.online.aws.metrics.OperationsMetrics;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.person.PeopleSettings;
import ad.cass.online.aws.schedule.ScheduledFunction;
import ad.cass.online.aws.ses.SesClients;
import ad.cass.online.aws.signin.SigninSettings;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.lifecertificates.Campaign;
import ad.cass.online.domain.lifecertificates.CampaignCalendar;
import ad.cass.online.domain.lifecertificates.LifeCertificateScheduler;
import ad.cass.online.domain.lifecertificates.LifeCertificateScheduler.Run;
import ad.cass.online.domain.lifecertificates.LifeCertificateSettings;
import ad.cass.online.domain.lifecertificates.PostedLetters;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Proof of life's scheduled runs (issue 21; template.yaml: LifeCertificateOpeningFunction on 1 May and 1 November,
 * LifeCertificateRemindersFunction and LifeCertificateDeadlineFunction daily), one class for the three, told apart
 * by LIFE_CERT_RUN. The run's id is its kind and the day it was scheduled for (Europe/Andorra): EventBridge's event
 * delivered twice, Lambda's retry of a failed run, or an operator's {@code invoke} of that day all resume the same
 * run, and each action is recorded once whatever runs. A run that ran out of time fails, so that Lambda's retry of the
 * same event resumes it from its progress; a day's run that never finishes is caught up by the next day's.
 */
public final class LifeCertificatesScheduledFunction extends ScheduledFunction {

    /** What a run needs: the scheduler, which run it is, and the residents' check CASS opened, if any. */
    public record Services(LifeCertificateScheduler scheduler, Run run, Optional<Campaign> residentCheck) {
        /** From the environment template.yaml sets. */
        public static Services fromEnvironment(Clock clock) {
            var dynamo = DynamoDbClients.create();
            var settings = LifeCertificateSettings.fromValues(name -> Env.optional(name).orElse(null));
            var scheduler = new LifeCertificateScheduler(new DynamoLifeCertificateStore(dynamo, RecordsSettings.recordsTable()),
                    new DynamoPersonStore(dynamo, PeopleSettings.peopleTable()),
                    new PostedLetters(new DynamoNoticeStore(dynamo, RecordsSettings.recordsTable()),
                    new SesMailer(SesClients.deferred(), SigninSettings.mailFrom())), settings,
                    Env.integer("LIFE_CERT_PAGE_SIZE", 1_000), Env.integer("LIFE_CERT_RUN_THREADS", 4), clock);
            // seed 003 §3.1: CASS decides when residents are checked; the month it chose, or none
            Optional<Campaign> check = Env.optional("LIFE_CERT_RESIDENT_CHECK_MONTH").filter(m -> !m.isBlank())
                    .map(m -> new CampaignCalendar(settings).residentCheck(YearMonth.parse(m)));
            return new Services(scheduler, Run.valueOf(Env.required("LIFE_CERT_RUN")), check);
        }
    }

    private final Services services;

    /** Lambda: the clients, once per container, from the environment template.yaml sets. */
    public LifeCertificatesScheduledFunction() {
        this(Services.fromEnvironment(Clock.systemUTC()));
    }

    /** Tests: the services ready-made. */
    public LifeCertificatesScheduledFunction(Services services) {
        this.services = services;
    }

    /**
     * The years a run may be for. EventBridge sends the time it runs; an operator's {@code invoke} a day to catch up,
     * or ahead on the local runtime. A day outside them is a typing error (issue 23's fuzzing: a reminders run for
     * 1 November 2100 asked every pensioner abroad for a campaign of 2100): it is answered with a line saying so and
     * nothing is read or written. Not thrown: Lambda's retries of the same event would fail the same way.
     */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2099;

    @Override
    protected String run(Instant scheduledFor, BooleanSupplier timeLeft) {
        LocalDate day = scheduledFor.atZone(CatalanFormat.ANDORRA).toLocalDate();
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            return "proof of life " + services.run() + ": no run for " + scheduledFor + ", a day outside " + FIRST_YEAR + "–"
                    + LAST_YEAR + "; nothing recorded";
        }
        String runId = services.run() + "#" + day;
        LifeCertificateScheduler.Report report = services.scheduler().run(runId, services.run(), day,
                services.residentCheck(), timeLeft);
        // issue 23: what this delivery recorded, counted before an unfinished run throws (its retry counts only its own)
        report.recorded().forEach((action, times) -> OperationsMetrics.count(Counted.PROOF_OF_LIFE_ACTIONS, times, "Action", action.name()));
        String line = "proof of life " + report.run() + " " + day + ": " + report.pensioners() + " pensioners, recorded "
                + report.recorded() + ", replanned " + report.replanned() + (report.finished() ? "" : ", unfinished");
        if (!report.finished()) {
            throw new IllegalStateException(line + ": out of time, the retry resumes it");
        }
        return line;
    }
}
