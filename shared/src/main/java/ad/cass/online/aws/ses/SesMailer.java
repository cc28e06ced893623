package ad.cass.online.aws.ses;

import ad.cass.online.domain.port.Mail;
import ad.cass.online.domain.port.Mailer;
import java.util.function.Supplier;
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
    private final Supplier<SesV2Client> client;
    private final String from;
    private volatile SesV2Client ses;

    public SesMailer(SesV2Client ses, String from) {
        this(() -> ses, from);
    }

    public SesMailer(Supplier<SesV2Client> client, String from) {
        this.client = client;
        this.from = from;
    }

    private SesV2Client ses() {
        SesV2Client current = ses;
        if (current == null) {
            synchronized (this) {
                if (ses == null) {
                    ses = client.get();
                }
                current = ses;
            }
        }
        return current;
    }

    @Override
    public void send(Mail mail) {
        Body.Builder body = Body.builder().text(utf8(mail.text()));
        if (mail.html() != null) {
            body.html(utf8(mail.html()));
        }
        try {
            ses().sendEmail(r -> r.fromEmailAddress(from)
                    .destination(d -> d.toAddresses(mail.to()))
                    .content(EmailContent.builder().simple(Message.builder()
                            .subject(utf8(mail.subject())).body(body.build()).build()).build()));
        } catch (SdkException e) {
            throw new MailNotSent(e);
        }
    }

    private static Content utf8(String data) {
        return Content.builder().data(data).charset("UTF-8").build();
    }
}
