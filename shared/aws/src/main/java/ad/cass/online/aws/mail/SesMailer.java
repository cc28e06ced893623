package ad.cass.online.aws.mail;

import ad.cass.online.aws.Lazy;
import ad.cass.online.domain.mail.Mail;
import ad.cass.online.domain.mail.Mailer;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.EmailContent;
import software.amazon.awssdk.services.sesv2.model.Message;

/**
 * Amazon SES v2, simple content in UTF-8. The sender address comes from MAIL_FROM.
 * <p>The client can be built on first use: most sign-ins send no mail, and building an SDK client is
 * measurable at cold start (bench/run).
 */
public final class SesMailer implements Mailer {
    private final Supplier<SesV2Client> ses;
    private final String from;

    public SesMailer(SesV2Client ses, String from) {
        this(() -> ses, from);
    }

    public SesMailer(Supplier<SesV2Client> client, String from) {
        this.ses = new Lazy<>(client);
        this.from = from;
    }

    @Override
    public void send(Mail mail) {
        Body.Builder body = Body.builder().text(utf8(mail.text()));
        if (mail.html() != null) {
            body.html(utf8(mail.html()));
        }
        try {
            ses.get().sendEmail(r -> r.fromEmailAddress(from)
                    .destination(d -> d.toAddresses(mail.to()))
                    .content(EmailContent.builder().simple(Message.builder()
                            .subject(utf8(mail.subject())).body(body.build()).build()).build()));
        } catch (SdkException e) {
            throw new MailNotSent(describe(e));
        }
    }

    /**
     * What the log may keep of a failed send: SES's own messages name the recipient ("The following
     * identities failed the check: …"), so neither they nor the exception travel on.
     */
    static String describe(SdkException e) {
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            return "SES refused: " + service.awsErrorDetails().errorCode() + " (HTTP " + service.statusCode()
                    + ", request " + service.requestId() + ")";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "SES unreachable: " + e.getClass().getSimpleName()
                + (root == e ? "" : " caused by " + root.getClass().getSimpleName());
    }

    private static Content utf8(String data) {
        return Content.builder().data(data).charset("UTF-8").build();
    }
}
