package ad.cass.online.domain.lifecertificates;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What CASS reads about an action taken on a pension (issue 21: every decision leaves an audit entry): which action
 * for which campaign, when, by whom, and the decision's figures. One per {@link ActionKey}: the store writes it with
 * the action, in the same write, or not at all.
 *
 * @param actor   "SCHEDULER#&lt;run id&gt;" for the scheduled run, else the masked id of the staff member or pensioner
 * @param details the decision's figures, by name (see the factories); strings, as CASS reads them
 */
public record AuditEntry(ActionKey key, Instant at, String actor, Map<String, String> details) {
    public static final String CHANNEL = "channel";
    public static final String LANGUAGE = "language";
    public static final String SUSPENDED_FROM = "suspendedFrom";
    public static final String ARREARS_CENTS = "arrearsCents";
    public static final String MONTHS_WITHHELD = "monthsWithheld";
    public static final String RESUMES_WITH = "resumesWith";
    public static final String CLOSED_ON = "closedOn";
    /** How a request or reminder reaches the pensioner (issue 21): an e-mail and an active notice in the portal. */
    public static final String EMAIL_AND_NOTICE = "EMAIL+NOTICE";

    public AuditEntry {
        if (key == null || at == null || actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an audit entry names its action, its time and its actor");
        }
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** The actor of a scheduled run: the run id says which run did it, so a rerun is traceable. */
    public static String scheduler(String runId) {
        return "SCHEDULER#" + runId;
    }

    /** A REQUEST or a REMINDER: sent by e-mail and as a notice, in the pensioner's language. */
    public static AuditEntry notice(ActionKey key, Instant at, String actor, Pensioner pensioner) {
        return new AuditEntry(key, at, actor, Map.of(CHANNEL, EMAIL_AND_NOTICE, LANGUAGE, pensioner.language().code()));
    }

    /** A SUSPENSION: from the first day not paid. */
    public static AuditEntry suspension(ActionKey key, Instant at, String actor, PensionState suspended) {
        return new AuditEntry(key, at, actor, Map.of(SUSPENDED_FROM, suspended.suspendedFrom().toString()));
    }

    /** A REINSTATEMENT: the arrears to the cent, the months they cover and the first month paid again. */
    public static AuditEntry reinstatement(ActionKey key, Instant at, String actor, PensionDecisions.Reinstatement r) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put(ARREARS_CENTS, Long.toString(r.arrearsCents()));
        details.put(MONTHS_WITHHELD, Long.toString(r.monthsWithheld()));
        details.put(RESUMES_WITH, r.resumesWith().toString());
        return new AuditEntry(key, at, actor, details);
    }

    /** A CLOSURE: closed for good as of that day. */
    public static AuditEntry closure(ActionKey key, Instant at, String actor, PensionState closed) {
        return new AuditEntry(key, at, actor, Map.of(CLOSED_ON, closed.closedOn().toString()));
    }

    /** The arrears a reinstatement paid back, if this entry is one. */
    public long arrearsCents() {
        return Long.parseLong(details.getOrDefault(ARREARS_CENTS, "0"));
    }
}
