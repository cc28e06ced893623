package ad.cass.online.domain.notices;

import ad.cass.online.domain.person.CassNumber;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An active notice (avís actiu, seed 000 §2.2.2): a document of a handled or resolved procedure that was not
 * ready when it was requested, now ready to download until {@code availableUntil}. Reading it marks it read.
 * <p>A notice may also be a message with no document (issue 21: the proof-of-life letters are notices too): then
 * {@code documentKey} and {@code procedureCode} are null, {@code text} says it all, in the person's language, and
 * {@code link} names the portal page it is about ("/life-certificates").
 */
public record ActiveNotice(CassNumber subject, String id, String procedureCode, String title, Instant createdAt,
                           LocalDate availableUntil, Instant readAt, String documentKey, String text, String link) {

    /** A document's notice. */
    public ActiveNotice(CassNumber subject, String id, String procedureCode, String title, Instant createdAt,
                        LocalDate availableUntil, Instant readAt, String documentKey) {
        this(subject, id, procedureCode, title, createdAt, availableUntil, readAt, documentKey, null, null);
    }

    /** A message: nothing to download, read where it is shown. */
    public static ActiveNotice message(CassNumber subject, String id, String title, String text, String link,
                                       Instant createdAt, LocalDate availableUntil) {
        return new ActiveNotice(subject, id, null, title, createdAt, availableUntil, null, null, text, link);
    }

    public boolean activeOn(LocalDate day) {
        return !day.isAfter(availableUntil);
    }

    public boolean unread() {
        return readAt == null;
    }

    public boolean hasDocument() {
        return documentKey != null;
    }
}
