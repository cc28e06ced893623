package ad.cass.online.domain.notices;

import ad.cass.online.domain.person.CassNumber;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An active notice (avís actiu, seed 000 §2.2.2): a document of a handled or resolved procedure that was not
 * ready when it was requested, now ready to download until {@code availableUntil}. Reading it marks it read.
 */
public record ActiveNotice(CassNumber subject, String id, String procedureCode, String title, Instant createdAt,
                           LocalDate availableUntil, Instant readAt, String documentKey) {
    public boolean activeOn(LocalDate day) {
        return !day.isAfter(availableUntil);
    }

    public boolean unread() {
        return readAt == null;
    }
}
