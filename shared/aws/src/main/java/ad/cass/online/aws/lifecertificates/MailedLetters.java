package ad.cass.online.aws.lifecertificates;

import ad.cass.online.domain.lifecertificates.ActionKey;
import ad.cass.online.domain.lifecertificates.LifeCertificateLetters.Letter;
import ad.cass.online.domain.lifecertificates.LifeCertificateScheduler.Letters;
import ad.cass.online.domain.mail.Mailer;

/**
 * Proof of life's letters by e-mail (SES), in the pensioner's language (issue 21). Sent after the action is recorded:
 * a mail refused here fails the run's page, which the run's next start passes over (the action stands), so a letter
 * is never sent twice. Someone with no address on file gets none.
 */
public final class MailedLetters implements Letters {
    private final Mailer mailer;

    public MailedLetters(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void send(ActionKey action, Letter letter) {
        if (letter.mail() != null) {
            mailer.send(letter.mail());
        }
    }
}
