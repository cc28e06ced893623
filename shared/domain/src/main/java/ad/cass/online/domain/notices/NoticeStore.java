package ad.cass.online.domain.notices;

import ad.cass.online.domain.person.CassNumber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A person's active notices. Access is checked before calling. */
public interface NoticeStore {
    /** Newest first. */
    List<ActiveNotice> notices(CassNumber subject);

    Optional<ActiveNotice> find(CassNumber subject, String id);

    /** Marks it read at {@code at} unless it was read already (the first reading is the one kept). */
    void markRead(ActiveNotice notice, Instant at);

    /** Adds a notice, unless the person has one with its id already (a retry posts it once); true if added. */
    boolean post(ActiveNotice notice);
}
