package ad.cass.online.aws.notices;

import static ad.cass.online.aws.dynamodb.Attrs.optStr;
import static ad.cass.online.aws.dynamodb.Attrs.putIfPresent;
import static ad.cass.online.aws.dynamodb.Attrs.s;
import static ad.cass.online.aws.dynamodb.Attrs.str;

import ad.cass.online.aws.dynamodb.PersonRecords;
import ad.cass.online.aws.dynamodb.RecordsKeys;
import ad.cass.online.domain.notices.ActiveNotice;
import ad.cass.online.domain.person.CassNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An active notice as an item of the Records table ({@link RecordsKeys#notice}); the document is in S3. */
public final class NoticeItems {
    private NoticeItems() {
    }

    public static Map<String, AttributeValue> item(ActiveNotice n) {
        Map<String, AttributeValue> item = PersonRecords.item(RecordsKeys.notice(n.subject(), n.createdAt(), n.id()));
        item.put("id", s(n.id()));
        item.put("title", s(n.title()));
        item.put("createdAt", s(n.createdAt().toString()));
        item.put("availableUntil", s(n.availableUntil().toString()));
        // a document's notice, or a message (issue 21): each has its own attributes only
        putIfPresent(item, "procedureCode", n.procedureCode());
        putIfPresent(item, "documentKey", n.documentKey());
        putIfPresent(item, "text", n.text());
        putIfPresent(item, "link", n.link());
        if (n.readAt() != null) {
            item.put("readAt", s(n.readAt().toString()));
        }
        return item;
    }

    public static ActiveNotice notice(CassNumber subject, Map<String, AttributeValue> i) {
        return new ActiveNotice(subject, str(i, "id"), optStr(i, "procedureCode").orElse(null), str(i, "title"),
                Instant.parse(str(i, "createdAt")), LocalDate.parse(str(i, "availableUntil")),
                optStr(i, "readAt").map(Instant::parse).orElse(null), optStr(i, "documentKey").orElse(null),
                optStr(i, "text").orElse(null), optStr(i, "link").orElse(null));
    }
}
