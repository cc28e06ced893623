package ad.cass.online.aws.home;

import ad.cass.online.aws.Env;
import java.time.Duration;

/** The home page's configuration, from the environment template.yaml sets. */
public final class HomeSettings {
    private HomeSettings() {
    }

    /** How many rows of each table the first page shows; the portal links to the rest. */
    public static int firstRows() {
        return Env.integer("HOME_FIRST_ROWS", 5);
    }

    /** How old the news a container shows may be: every first page shows the same few items. */
    public static Duration newsCacheAge() {
        return Duration.ofSeconds(Env.integer("NEWS_CACHE_SECONDS", 60));
    }
}
