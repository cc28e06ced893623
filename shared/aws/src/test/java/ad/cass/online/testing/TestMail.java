package ad.cass.online.testing;

import ad.cass.online.aws.Env;
import ad.cass.online.aws.mail.SesMailer;
import ad.cass.online.aws.ses.SesClients;
import ad.cass.online.domain.mail.Mail;
import java.util.List;
import java.util.Map;

/** Mail through the real SES v2 client into the test engines' outbox, and reading it back. */
public final class TestMail {
    private TestMail() {
    }

    /**
     * A mailer sending as the auth function does: from the template's MailFrom, which deploying the stack
     * verified in the emulator's SES (an unverified sender is refused there, as on AWS).
     */
    public static SesMailer mailer(TestStack stack) {
        Map<String, String> env = stack.environment("AuthFunction");
        return Env.with(env, () -> new SesMailer(SesClients.create(), env.get("MAIL_FROM")));
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
