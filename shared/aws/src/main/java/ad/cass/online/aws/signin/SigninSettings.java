package ad.cass.online.aws.signin;

import ad.cass.online.aws.Env;
import ad.cass.online.domain.signin.Allowance;
import ad.cass.online.domain.signin.AnswerFloor;
import ad.cass.online.domain.signin.LockoutPolicy;
import java.net.URI;
import java.time.Duration;

/** Sign-in's configuration, from the environment template.yaml sets. */
public final class SigninSettings {
    private SigninSettings() {
    }

    /** Issue 4: 5 wrong PINs in a row lock for 15 minutes, doubling on repeat; issue 16: at most 24 hours. */
    public static LockoutPolicy lockoutPolicy() {
        return new LockoutPolicy(Env.integer("LOCKOUT_MAX_ATTEMPTS", 5),
                Duration.ofMinutes(Env.integer("LOCKOUT_FIRST_MINUTES", 15)),
                Duration.ofMinutes(Env.integer("LOCKOUT_MAX_MINUTES", 1440)));
    }

    /** Issue 16, item 7: sign-in attempts per source address, per minute. */
    public static Allowance signinPerAddress() {
        return new Allowance(Env.integer("SIGNIN_MAX_PER_ADDRESS_PER_MINUTE", 30), Duration.ofMinutes(1));
    }

    /** Issue 16, item 7: PIN-recovery requests and confirmations per source address, per hour. */
    public static Allowance pinResetPerAddress() {
        return new Allowance(Env.integer("PIN_RESET_MAX_PER_ADDRESS_PER_HOUR", 20), Duration.ofHours(1));
    }

    /** Issue 16, item 7: PIN-recovery mails per account, per hour. */
    public static Allowance resetMailsPerAccount() {
        return new Allowance(Env.integer("PIN_RESET_MAILS_PER_ACCOUNT_PER_HOUR", 3), Duration.ofHours(1));
    }

    /** The table of the allowances' counters. */
    public static String limitsTable() {
        return Env.required("LIMITS_TABLE");
    }

    /** Seed 000, §1.1.4: the link to activate the PIN expires after 120 minutes. */
    public static Duration pinResetValidity() {
        return Duration.ofMinutes(Env.integer("PIN_RESET_VALID_MINUTES", 120));
    }

    /** A PIN-reset request answers no sooner than this, matched or not. */
    public static AnswerFloor pinResetAnswerFloor() {
        return new AnswerFloor(Duration.ofMillis(Env.integer("PIN_RESET_MIN_MILLIS", 800)));
    }

    /** The portal's address: the base of the links in e-mails. */
    public static URI portalUrl() {
        return URI.create(Env.required("PORTAL_URL"));
    }

    /** The SES-verified sender of the portal's e-mails. */
    public static String mailFrom() {
        return Env.required("MAIL_FROM");
    }

    /** Where sign-in posts its notices for the notices function (issue 16, item 8). */
    public static String noticeQueueUrl() {
        return Env.required("NOTICE_QUEUE_URL");
    }
}
