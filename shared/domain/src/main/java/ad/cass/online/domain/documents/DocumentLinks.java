package ad.cass.online.domain.documents;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Short-lived links to stored documents, as every route that hands one out answers them (a notice's document,
 * issue 17; a procedure's, issue 18): where, and until when, to the second.
 */
public final class DocumentLinks {
    /** A download: where, until when. */
    public record Download(URI link, Instant expiresAt) {
    }

    private final DocumentStore documents;
    private final Duration validity;
    private final Clock clock;

    /** @param validity how long a link works (5 minutes in both issues) */
    public DocumentLinks(DocumentStore documents, Duration validity, Clock clock) {
        this.documents = documents;
        this.validity = validity;
        this.clock = clock;
    }

    /** A link that downloads the object {@code key} as {@code fileName}. */
    public Download to(String key, String fileName) {
        Instant now = clock.instant();
        return new Download(documents.downloadLink(key, fileName, validity), now.plus(validity).truncatedTo(ChronoUnit.SECONDS));
    }
}
