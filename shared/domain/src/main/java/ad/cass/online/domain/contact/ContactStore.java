package ad.cass.online.domain.contact;

/** Where messages to CASS are kept. */
public interface ContactStore {
    /** Keeps it, once: a message with this reference already kept (a retry) is returned instead. */
    ContactMessage createOnce(ContactMessage message);

    void markSent(ContactMessage message);
}
