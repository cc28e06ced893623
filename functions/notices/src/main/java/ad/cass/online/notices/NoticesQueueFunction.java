package ad.cass.online.notices;

import ad.cass.online.aws.dynamodb.DynamoDbClients;
import ad.cass.online.aws.dynamodb.RecordsSettings;
import ad.cass.online.aws.mail.SesMailer;
import ad.cass.online.aws.metrics.Counted;
import ad.cass.online.aws.metrics.OperationsMetrics;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.person.PeopleSettings;
import ad.cass.online.aws.personalfile.DynamoPersonalFileStore;
import ad.cass.online.aws.ses.SesClients;
import ad.cass.online.aws.settings.DynamoSettingsStore;
import ad.cass.online.aws.signin.DynamoContractStore;
import ad.cass.online.aws.signin.NoticeMessage;
import ad.cass.online.aws.signin.SigninSettings;
import ad.cass.online.aws.sqs.QueueFunction;
import ad.cass.online.domain.signin.Notice;
import ad.cass.online.domain.signin.NoticeMailer;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Instant;
import java.util.List;

/**
 * The notice queue's consumer (template.yaml, NoticesFunction): mails what sign-in (issue 16, item 8) and the
 * personal file (an e-mail change, issue 17) posted, off the request path. A notice the mail service refuses is reported failed and comes back; after five
 * tries it waits in the dead-letter queue for an operator.
 */
public final class NoticesQueueFunction extends QueueFunction<NoticeMessage> {
    /** The domain service this function translates to, built once per container. */
    public record Services(NoticeMailer notices) {
        /** From the environment template.yaml sets. */
        public static Services fromEnvironment() {
            var dynamo = DynamoDbClients.create();
            var people = new DynamoPersonStore(dynamo, PeopleSettings.peopleTable());
            var files = new DynamoPersonalFileStore(dynamo, PeopleSettings.peopleTable(), RecordsSettings.recordsTable());
            return new Services(new NoticeMailer(people, new DynamoContractStore(dynamo, PeopleSettings.peopleTable()), people,
                    new DynamoSettingsStore(dynamo, PeopleSettings.peopleTable()), files::emailBefore,
                    new SesMailer(SesClients.create(), SigninSettings.mailFrom())));
        }
    }

    private final Services services;

    /** Lambda: the clients, once per container, from the environment template.yaml sets. */
    public NoticesQueueFunction() {
        this(Services.fromEnvironment());
    }

    /** Tests: the services ready-made. */
    public NoticesQueueFunction(Services services) {
        super(NoticeMessage.class);
        this.services = services;
    }

    @Override
    protected void handle(NoticeMessage message) {
        Notice notice = message.toNotice();
        boolean mailed = services.notices().deliver(notice);
        counted(notice, mailed);
    }

    /**
     * Issue 23's operators' figures, once a notice is dealt with (a refused mail throws before, and counts when its
     * retry goes out): a lock counts whether or not anyone is written to (a guessed number is locked too, issue 16
     * item 8); a recovery link counts when it is mailed.
     */
    private static void counted(Notice notice, boolean mailed) {
        switch (notice.kind()) {
            case PIN_LOCKED -> OperationsMetrics.count(Counted.LOCKOUTS, "Credential", "PIN");
            case CONTRACT_LOCKED -> OperationsMetrics.count(Counted.LOCKOUTS, "Credential", "CASS_CERTIFICATE");
            case PIN_RESET -> OperationsMetrics.count(Counted.PIN_RESET_LINKS_SENT, mailed ? 1 : 0);
            default -> {
                // the other notices are mail, not figures anyone watches
            }
        }
    }

    /** SnapStart priming: a notice about a number nobody holds, read through the whole path; no mail. */
    @Override
    protected void prime() {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId("priming");
        message.setBody("{\"kind\":\"PIN_LOCKED\",\"recipient\":\"000000A\",\"at\":\"" + Instant.EPOCH + "\"}");
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(message));
        handleRequest(event, null);
    }
}
