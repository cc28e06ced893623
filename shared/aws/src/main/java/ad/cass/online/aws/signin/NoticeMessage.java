package ad.cass.online.aws.signin;

import ad.cass.online.domain.signin.Notice;
import java.net.URI;
import java.time.Instant;

/**
 * A {@link Notice} as the notice queue carries it (JSON): plain strings, so the domain record needs no
 * JSON annotations and a message stays readable for an operator looking at the dead-letter queue.
 */
public record NoticeMessage(String kind, String recipient, String at, String link) {
    public static NoticeMessage of(Notice notice) {
        return new NoticeMessage(notice.kind().name(), notice.recipient(), notice.at().toString(),
                notice.link() == null ? null : notice.link().toString());
    }

    /** @throws IllegalArgumentException when the message is not a notice (it then goes to the dead letters) */
    public Notice toNotice() {
        if (kind == null || recipient == null || at == null) {
            throw new IllegalArgumentException("a notice names its kind, its recipient and its time");
        }
        try {
            return new Notice(Notice.Kind.valueOf(kind), recipient, Instant.parse(at), link == null ? null : URI.create(link));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not a time: " + e.getParsedString().length() + " characters", e);
        }
    }

    /** Never the link. */
    @Override
    public String toString() {
        return "NoticeMessage[" + kind + "]";
    }
}
