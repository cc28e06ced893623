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

    /** For the functions that open sessions: the policy, and how many a person may hold at once. */
    public static SessionPolicy openingPolicy() {
        return sessionPolicy().withMaxPerPerson(Env.integer("SESSION_MAX_PER_PERSON", SessionPolicy.DEFAULT_MAX_PER_PERSON));
    }

    /** 30 minutes idle, 12 hours at most. */
    public static SessionPolicy sessionPolicy() {
        return new SessionPolicy(Duration.ofMinutes(Env.integer("SESSION_IDLE_MINUTES", 30)),
                Duration.ofHours(Env.integer("SESSION_ABSOLUTE_HOURS", 12)));
    }
}
