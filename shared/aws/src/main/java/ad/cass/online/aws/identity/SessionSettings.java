package ad.cass.online.aws.identity;

import ad.cass.online.aws.Env;
import ad.cass.online.domain.identity.SessionPolicy;
import java.time.Duration;

/** Sessions' configuration, from the environment template.yaml sets. */
public final class SessionSettings {
    private SessionSettings() {
    }

    public static String sessionsTable() {
        return Env.required("SESSIONS_TABLE");
    }

    /** 30 minutes idle, 12 hours at most. */
    public static SessionPolicy sessionPolicy() {
        return new SessionPolicy(Duration.ofMinutes(Env.integer("SESSION_IDLE_MINUTES", 30)),
                Duration.ofHours(Env.integer("SESSION_ABSOLUTE_HOURS", 12)));
    }
}
