package ad.cass.online.domain.notices;

import ad.cass.online.domain.access.AccessEntry;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.access.Subject;
import ad.cass.online.domain.documents.DocumentLinks;
import ad.cass.online.domain.error.Conflict;
import ad.cass.online.domain.error.Gone;
import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.identity.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Active notices (avisos actius, seed 000 §2.2.2): documents of handled or resolved procedures that were not
 * ready when they were requested. The list shows those still available; downloading one is a short-lived
 * link to the document, for the person it belongs to (through the access guard), and marks it read. A notice that
 * is a message (issue 21's proof-of-life letters) has no document: it is marked read by {@link #read}.
 */
public final class NoticeService {
    static final String NO_SUCH_NOTICE = "No s'ha trobat aquest avís.";

    private final AccessGuard guard;
    private final NoticeStore notices;
    private final DocumentLinks links;
    private final Clock clock;

    /** @param links the documents' download links (issue 17: valid 5 minutes, NOTICE_LINK_SECONDS) */
    public NoticeService(AccessGuard guard, NoticeStore notices, DocumentLinks links, Clock clock) {
        this.guard = guard;
        this.notices = notices;
        this.links = links;
        this.clock = clock;
    }

    /** The notices still available to the person the caller acts as, newest first. */
    public List<ActiveNotice> active(Principal caller) {
        Subject subject = guard.subject(caller, DataCategory.PROCEDURES);
        LocalDate today = LocalDate.ofInstant(clock.instant(), CatalanFormat.ANDORRA);
        return notices.notices(subject.person()).stream().filter(n -> n.activeOn(today)).toList();
    }

    /**
     * A link to the notice's document, short-lived; the notice is read from then on. Another
     * person's notice id is not found, whether or not it exists (the lookup is in the caller's own records).
     */
    public DocumentLinks.Download download(Principal caller, String id) {
        Subject subject = guard.subject(caller, DataCategory.PROCEDURES, AccessEntry.Operation.READ);
        ActiveNotice notice = notices.find(subject.person(), id).orElseThrow(() -> new NotFound(NO_SUCH_NOTICE));
        if (!notice.hasDocument()) {
            throw new Conflict("Aquest avís no té cap document per descarregar.");
        }
        Instant now = clock.instant();
        if (!notice.activeOn(LocalDate.ofInstant(now, CatalanFormat.ANDORRA))) {
            throw new Gone("Aquest document ja no es pot descarregar: estava disponible fins al {0}.",
                    CatalanFormat.date(notice.availableUntil()));
        }
        // the document's own extension: a generated extract may be a spreadsheet (issue 20)
        String key = notice.documentKey();
        String extension = key.lastIndexOf('.') > key.lastIndexOf('/') ? key.substring(key.lastIndexOf('.')) : ".pdf";
        DocumentLinks.Download link = links.to(key, notice.title() + extension);
        if (notice.unread()) {
            notices.markRead(notice, now);
        }
        return link;
    }

    /**
     * Marks a notice read (a message, which has nothing to download, is read where the portal shows it); reading it
     * again keeps the first reading. Another person's notice id is not found, as for a download.
     */
    public void read(Principal caller, String id) {
        Subject subject = guard.subject(caller, DataCategory.PROCEDURES, AccessEntry.Operation.READ);
        ActiveNotice notice = notices.find(subject.person(), id).orElseThrow(() -> new NotFound(NO_SUCH_NOTICE));
        if (notice.unread()) {
            notices.markRead(notice, clock.instant());
        }
    }
}
