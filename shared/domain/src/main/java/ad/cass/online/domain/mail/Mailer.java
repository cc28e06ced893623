package ad.cass.online.domain.mail;

public interface Mailer {
    /** @throws MailNotSent when the message could not be handed to the mail service */
    void send(Mail mail);

    final class MailNotSent extends RuntimeException {
        /** @param reason safe to log: no address, no content */
        public MailNotSent(String reason) {
            super(reason);
        }
    }
}
