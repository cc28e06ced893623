package ad.cass.online.aws;

import ad.cass.online.domain.identity.SessionPolicy;
import ad.cass.online.domain.signin.LockoutPolicy;
import java.net.URI;
import java.time.Duration;

/** Configuration values shared by several functions, read from the environment template.yaml sets. */
public final class Settings {
    private Settings() {
    }

    public static SessionPolicy sessionPolicy() {
        return new SessionPolicy(Duration.ofMinutes(Env.integer("SESSION_IDLE_MINUTES", 30)),
                Duration.ofHours(Env.integer("SESSION_ABSOLUTE_HOURS", 12)));
    }

    /** Issue 4: 5 wrong PINs in a row lock for 15 minutes, doubling on repeat. */
    public static LockoutPolicy lockoutPolicy() {
        return new LockoutPolicy(Env.integer("LOCKOUT_MAX_ATTEMPTS", 5),
                Duration.ofMinutes(Env.integer("LOCKOUT_FIRST_MINUTES", 15)));
    }

    /** Seed 000, §1.1.4: the link to activate the PIN expires after 120 minutes. */
    public static Duration pinResetValidity() {
        return Duration.ofMinutes(Env.integer("PIN_RESET_VALID_MINUTES", 120));
    }

    public static URI portalUrl() {
        return URI.create(Env.required("PORTAL_URL"));
    }

    public static String mailFrom() {
        return Env.required("MAIL_FROM");
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
