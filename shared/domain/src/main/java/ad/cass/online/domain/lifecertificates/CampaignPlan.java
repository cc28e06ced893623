package ad.cass.online.domain.lifecertificates;

import ad.cass.online.domain.person.CassNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the scheduler owes one pensioner in one campaign on a given day: a pure function of the day and the facts,
 * minus what is already done. Each action is due from a date on and stays due until it is recorded, whatever else
 * is recorded; so a run that stops half-way and is started again does the rest and nothing twice, and a run late by
 * days catches up (issue 21). That two runs at once do each action once is the store's conditional write on
 * {@link ActionKey}.
 */
public final class CampaignPlan {
    private final ResidentCheckDraw draw;
    private final PensionDecisions decisions;

    public CampaignPlan(LifeCertificateSettings settings) {
        this.draw = new ResidentCheckDraw(settings);
        this.decisions = new PensionDecisions(settings);
    }

    /**
     * The actions due on {@code today}, in the order to do them.
     *
     * @param validReceived valid certificates received so far that count for this campaign
     * @param done          the actions already recorded for this person (any campaign)
     */
    public List<ActionKey> due(Campaign campaign, LocalDate today, Pensioner pensioner, PensionState state,
                               int validReceived, Set<ActionKey> done) {
        List<ActionKey> due = new ArrayList<>();
        // a closed pension asks nothing more (DOMAIN.md "Outside the seeds"); a campaign asks only its people
        if (state.status() == PensionState.Status.CLOSED || !draw.concerns(campaign, pensioner)) {
            return due;
        }
        CassNumber person = pensioner.cassNumber();
        // seed 003 §3.2 "ULL! MAJORACIÓ (2 FE DE VIDA)": with a supplement one certificate is not enough
        boolean missing = validReceived < pensioner.certificatesRequired();
        boolean open = !today.isBefore(campaign.opensOn());
        boolean beforeDeadline = !today.isAfter(campaign.deadline());

        // seed 003 §3.1 "És la CASS que li requereix prèviament": ask from the opening day, while it can still be met
        if (open && beforeDeadline && missing) {
            due.add(ActionKey.of(person, campaign, Action.REQUEST));
        }
        // DOMAIN.md: reminders before the deadline, never after it. A run late past a reminder's day sends only the
        // latest one due: the earlier one is stale, and it stays stale on every later day, so the plan still converges.
        if (beforeDeadline && missing) {
            latestReminderDue(campaign, today).ifPresent(days -> due.add(ActionKey.reminder(person, campaign, days)));
        }
        // seed 003 §3.2 "Si no s'envia, la pensió es tanca automàticament"; from the month after the deadline
        // (PensionDecisions). Not when already suspended for another campaign: the first suspension holds. And never
        // for a campaign this person was not asked for (decision, issue 21): a wrong suspension takes a person's
        // income, and someone who became a pensioner, or moved abroad, after the request went out was never told.
        boolean asked = done.contains(ActionKey.of(person, campaign, Action.REQUEST));
        if (missing && asked && state.status() == PensionState.Status.PAID && decisions.suspend(campaign, today).isPresent()) {
            due.add(ActionKey.of(person, campaign, Action.SUSPENSION));
        }
        if (state.suspendedFor(campaign.id())) {
            if (!missing) {
                // the proof came (DOMAIN.md: reinstated with arrears); redone here if the route stopped before it
                due.add(ActionKey.of(person, campaign, Action.REINSTATEMENT));
            } else if (decisions.closeIfDue(state, today).isPresent()) {
                due.add(ActionKey.of(person, campaign, Action.CLOSURE));
            }
        }
        due.removeAll(done);
        return due;
    }

    private static Optional<Integer> latestReminderDue(Campaign campaign, LocalDate today) {
        Optional<Integer> latest = Optional.empty();
        for (Campaign.Reminder r : campaign.reminders()) { // sorted by date
            if (!r.on().isAfter(today)) {
                latest = Optional.of(r.daysBefore());
            }
        }
        return latest;
    }
}
