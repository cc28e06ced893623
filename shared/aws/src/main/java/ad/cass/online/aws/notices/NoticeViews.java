package ad.cass.online.aws.notices;

import ad.cass.online.domain.notices.ActiveNotice;
import java.util.List;

/** The notices routes as JSON (openapi.yaml: ActiveNotices, NoticeDownload). */
public final class NoticeViews {
    private NoticeViews() {
    }

    /**
     * {@code readAt} absent while unread; a DOCUMENT has its procedure code and is downloaded, a MESSAGE (issue 21) has
     * its text and the portal page it is about.
     */
    public record NoticeView(String id, String kind, String procedureCode, String title, String text, String link,
                             String createdAt, String availableUntil, String readAt) {
        static NoticeView of(ActiveNotice n) {
            return new NoticeView(n.id(), n.hasDocument() ? "DOCUMENT" : "MESSAGE", n.procedureCode(), n.title(), n.text(), n.link(),
                    n.createdAt().toString(), n.availableUntil().toString(), n.readAt() == null ? null : n.readAt().toString());
        }
    }

    public record NoticesView(List<NoticeView> notices, int unread) {
        public static NoticesView of(List<ActiveNotice> notices) {
            return new NoticesView(notices.stream().map(NoticeView::of).toList(), (int) notices.stream().filter(ActiveNotice::unread).count());
        }
    }

}
