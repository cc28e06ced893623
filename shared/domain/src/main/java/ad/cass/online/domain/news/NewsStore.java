package ad.cass.online.domain.news;

import java.time.Instant;
import java.util.List;

/** The news CASS publishes. */
public interface NewsStore {
    /** What is shown at {@code now}, newest first. */
    List<NewsItem> shownAt(Instant now);

    void publish(NewsItem item);
}
