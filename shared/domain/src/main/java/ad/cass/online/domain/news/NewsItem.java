package ad.cass.online.domain.news;

import java.time.Instant;
import java.util.Map;

/**
 * A piece of CASS news (notícies d'actualitat, seed 000 §2.1.1): content CASS publishes, shown from
 * {@code publishAt} until {@code expiresAt}, with its title and summary in each language it was written in
 * (Catalan always).
 */
public record NewsItem(String id, Instant publishAt, Instant expiresAt, Map<String, String> titles,
                       Map<String, String> summaries, String link) {
    public NewsItem {
        titles = Map.copyOf(titles);
        summaries = Map.copyOf(summaries);
        if (!titles.containsKey("ca") || !summaries.containsKey("ca")) {
            throw new IllegalArgumentException("news is written in Catalan first");
        }
    }

    public boolean shownAt(Instant now) {
        return !now.isBefore(publishAt) && now.isBefore(expiresAt);
    }

    /** In the person's language when it was written in it, else in Catalan. */
    public String title(String language) {
        return titles.getOrDefault(language, titles.get("ca"));
    }

    public String summary(String language) {
        return summaries.getOrDefault(language, summaries.get("ca"));
    }
}
