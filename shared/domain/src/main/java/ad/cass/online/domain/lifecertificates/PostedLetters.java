package ad.cass.online.domain.lifecertificates;

import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.lifecertificates.LifeCertificateLetters.Letter;
import ad.cass.online.domain.lifecertificates.LifeCertificateScheduler.Letters;
import ad.cass.online.domain.mail.Mailer;
import ad.cass.online.domain.notices.ActiveNotice;
import ad.cass.online.domain.notices.NoticeStore;
import java.time.LocalDate;

/**
 * Proof of life's letters as they reach the pensioner (issue 21: "every concerned pensioner gets a request by e-mail
 * and a portal notice", both in their language): first the portal notice, then the e-mail (SES), to the address on
 * file; someone with none gets the notice alone.
 * <p>The notice's id and creation time come from the action's audit entry ("FV-2026-11-REMINDER-30", the time the
 * action was recorded), so posting it again is a no-op. It goes first because it is the one the pensioner always has:
 * a mail service down fails the run's page after the notice is in, and the action stands (the scheduler sends after
 * it records, never before, so a letter is never sent twice).
 */
public final class PostedLetters implements Letters {
    /** The page the notices open: the pensioner's proof of life (openapi.yaml, GET /life-certificates). */
    public static final String LINK = "/life-certificates";
    /** How long a letter with no day of its own (a reinstatement, a closure) stays in the notices list. */
    static final int DAYS_SHOWN = 90;

    private final NoticeStore notices;
    private final Mailer mailer;

    public PostedLetters(NoticeStore notices, Mailer mailer) {
        this.notices = notices;
        this.mailer = mailer;
    }

    @Override
    public void send(AuditEntry audit, Letter letter) {
        notices.post(notice(audit, letter));
        if (letter.mail() != null) {
            mailer.send(letter.mail());
        }
    }

    static ActiveNotice notice(AuditEntry audit, Letter letter) {
        ActionKey key = audit.key();
        LocalDate until = letter.noticeUntil() != null ? letter.noticeUntil()
                : LocalDate.ofInstant(audit.at(), CatalanFormat.ANDORRA).plusDays(DAYS_SHOWN);
        return ActiveNotice.message(key.cassNumber(), id(key), letter.noticeTitle(), letter.noticeText(), LINK, audit.at(), until);
    }

    /** "FV-2026-11-REQUEST": fe de vida, the campaign, the action; unique per person, at most 40 characters. */
    static String id(ActionKey key) {
        return "FV-" + key.campaignId() + "-" + key.action();
    }
}
