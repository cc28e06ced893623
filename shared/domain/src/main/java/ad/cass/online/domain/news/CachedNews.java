package ad.cass.online.domain.news;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The news as every container read it at most {@code maxAge} ago: every person's first page shows the
 * same few items, which change a few times a week, so one read a minute per container serves them all.
 * Items are filtered again at each call, so one that expires within the minute is not shown.
 */
public final class CachedNews implements NewsStore {
    private final NewsStore source;
    private final Duration maxAge;
    private final Clock clock;
    private volatile Snapshot snapshot;

    private record Snapshot(Instant readAt, List<NewsItem> items) {
    }

    public CachedNews(NewsStore source, Duration maxAge, Clock clock) {
        this.source = source;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public List<NewsItem> shownAt(Instant now) {
        Snapshot current = snapshot;
        Instant readAt = clock.instant();
        if (current == null || current.readAt().plus(maxAge).isBefore(readAt)) {
            // an item published meanwhile shows up within maxAge; one that expires goes at once (filter below)
            current = new Snapshot(readAt, source.shownAt(readAt).stream().toList());
            snapshot = current;
        }
        return current.items().stream().filter(n -> n.shownAt(now)).toList();
    }

    @Override
    public void publish(NewsItem item) {
        source.publish(item);
        snapshot = null;
    }
}
