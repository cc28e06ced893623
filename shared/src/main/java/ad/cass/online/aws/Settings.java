package ad.cass.online.aws;

import ad.cass.online.domain.session.SessionPolicy;
import java.time.Duration;

/** Configuration values shared by several functions, read from the environment template.yaml sets. */
public final class Settings {
    private Settings() {
    }

    public static SessionPolicy sessionPolicy() {
        return new SessionPolicy(Duration.ofMinutes(Env.integer("SESSION_IDLE_MINUTES", 30)),
                Duration.ofHours(Env.integer("SESSION_ABSOLUTE_HOURS", 12)));
    }

    public static String peopleTable() {
        return Env.required("PEOPLE_TABLE");
    }

    public static String sessionsTable() {
        return Env.required("SESSIONS_TABLE");
    }

    public static String recordsTable() {
        return Env.required("RECORDS_TABLE");
    }
}
