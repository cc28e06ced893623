package ad.cass.online.domain.contact;

import ad.cass.online.domain.person.CassNumber;

import java.time.Instant;

/** Where messages to CASS are kept. */
public interface ContactStore {
    /**
     * Whether the author's message with this reference is kept already: the request is a retry (its answer was lost,
     * or it failed after keeping), which the hourly allowance counted the first time and does not count again.
     */
    boolean isKept(CassNumber author, String reference);

    /** Keeps it, once: a message with this reference already kept (a retry) is returned instead. */
    ContactMessage createOnce(ContactMessage message);

    /**
     * Claims the sending of a kept, unsent message until {@code until}: true for one request at a time, so two
     * requests with the same key at once (a double click, a retry racing the first) mail it once. A claim whose
     * request failed without giving it back lapses at {@code until}, and the next retry sends.
     */
    boolean claimSending(ContactMessage message, Instant now, Instant until);

    /** Gives a claim back: the mail service refused, so the next retry may send at once. */
    void releaseSending(ContactMessage message);

    void markSent(ContactMessage message);
}
