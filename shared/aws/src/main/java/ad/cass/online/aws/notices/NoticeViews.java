package ad.cass.online.aws.notices;

import ad.cass.online.domain.notices.ActiveNotice;
import java.util.List;

/** The notices routes as JSON (openapi.yaml: ActiveNotices, NoticeDownload). */
public final class NoticeViews {
    private NoticeViews() {
    }

    /** {@code readAt} absent while unread. */
    public record NoticeView(String id, String procedureCode, String title, String createdAt, String availableUntil, String readAt) {
        static NoticeView of(ActiveNotice n) {
            return new NoticeView(n.id(), n.procedureCode(), n.title(), n.createdAt().toString(), n.availableUntil().toString(),
                    n.readAt() == null ? null : n.readAt().toString());
        }
    }

    public record NoticesView(List<NoticeView> notices, int unread) {
        public static NoticesView of(List<ActiveNotice> notices) {
            return new NoticesView(notices.stream().map(NoticeView::of).toList(), (int) notices.stream().filter(ActiveNotice::unread).count());
        }
    }

}
