package ad.cass.online.domain.lifecertificates;

import ad.cass.online.domain.person.CassNumber;

/**
 * One action for one person in one campaign: what the store writes conditionally (only if absent), so that two runs
 * at once do it once. {@link #sortKey()} ("2026-11#REMINDER-30") goes after the person's key.
 *
 * @param action the action's name, with its days for a reminder: "REQUEST", "REMINDER-30", "SUSPENSION", ...
 */
public record ActionKey(CassNumber cassNumber, String campaignId, String action) {

    public ActionKey {
        if (cassNumber == null || campaignId == null || campaignId.contains("#") || action == null || action.contains("#")) {
            throw new IllegalArgumentException("an action key needs a person, a campaign and an action, without '#'");
        }
    }

    public static ActionKey of(CassNumber person, Campaign campaign, Action action) {
        if (action == Action.REMINDER) {
            throw new IllegalArgumentException("a reminder has its days: use reminder()");
        }
        return new ActionKey(person, campaign.id(), action.name());
    }

    public static ActionKey reminder(CassNumber person, Campaign campaign, int daysBefore) {
        return new ActionKey(person, campaign.id(), Action.REMINDER.name() + "-" + daysBefore);
    }

    /** Stable: stored in DynamoDB, so it never changes shape. */
    public String sortKey() {
        return campaignId + "#" + action;
    }

    public Action kind() {
        int dash = action.indexOf('-');
        return Action.valueOf(dash < 0 ? action : action.substring(0, dash));
    }
}
