package ad.cass.online.domain.signin;

/** Where sign-in posts what it has to tell people; {@link NoticeMailer} takes them from there. */
public interface NoticeQueue {
    /** @throws NotPosted when the notice could not be handed over; nothing was posted then */
    void post(Notice notice);

    final class NotPosted extends RuntimeException {
        /** @param reason safe to log: no address, no link */
        public NotPosted(String reason) {
            super(reason);
        }
    }
}
