package ad.cass.online.domain.port;

public interface Mailer {
    /** @throws MailNotSent when the message could not be handed to the mail service */
    void send(Mail mail);

    final class MailNotSent extends RuntimeException {
        public MailNotSent(Throwable cause) {
            super("mail not sent", cause);
        }
    }
}
