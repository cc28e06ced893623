package ad.cass.online.testing;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.mail.SesMailer;
import ad.cass.online.aws.person.DynamoPersonStore;
import ad.cass.online.aws.personalfile.DynamoPersonalFileStore;
import ad.cass.online.aws.ses.SesClients;
import ad.cass.online.aws.settings.DynamoSettingsStore;
import ad.cass.online.aws.signin.DynamoContractStore;
import ad.cass.online.domain.mail.Mail;
import ad.cass.online.domain.signin.NoticeMailer;
import ad.cass.online.domain.signin.NoticeQueue;
import java.util.List;
import java.util.Map;

/** Mail through the real SES v2 client into the test engines' outbox, and reading it back. */
public final class TestMail {
    private TestMail() {
    }

    /**
     * A mailer sending as the notices function does: from the template's MailFrom, which deploying the stack
     * verified in the emulator's SES (an unverified sender is refused there, as on AWS).
     */
    public static SesMailer mailer(TestStack stack) {
        Map<String, String> env = stack.environment("NoticesFunction");
        return Env.with(env, () -> new SesMailer(SesClients.create(), env.get("MAIL_FROM")));
    }

    /**
     * A notice queue that mails at once, as the notices function does when the queue delivers: for the
     * sign-in tests that read what the person received. The queue itself is tested on its own
     * ({@code SqsNoticeQueueIT}, {@code SendNoticesIT}).
     */
    public static NoticeQueue noticesMailedAtOnce(TestStack stack) {
        var people = new DynamoPersonStore(stack.dynamo(), stack.name("PeopleTable"));
        var mailer = new NoticeMailer(people, new DynamoContractStore(stack.dynamo(), stack.name("PeopleTable")), people,
                new DynamoSettingsStore(stack.dynamo(), stack.name("PeopleTable")),
                new DynamoPersonalFileStore(stack.dynamo(), stack.name("PeopleTable"), stack.name("RecordsTable"))::emailBefore,
                mailer(stack));
        return mailer::deliver;
    }

    /** How many messages the outbox holds, whoever they were for. */
    public static int total() {
        return TestEngines.get().outbox().messages().size();
    }

    /** Every message sent to {@code address} so far, oldest first. */
    public static List<Map<String, String>> to(String address) {
        return TestEngines.get().outbox().messages().stream().filter(m -> address.equals(m.get("to"))).toList();
    }
}
