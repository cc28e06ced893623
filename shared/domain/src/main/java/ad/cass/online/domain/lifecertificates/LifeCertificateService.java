package ad.cass.online.domain.lifecertificates;

import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.documents.DocumentStore;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.lifecertificates.LifeCertificateScheduler.Letters;
import ad.cass.online.domain.person.Person;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proof of life as the pensioner sees it (issue 21; seed 003 §3): send a certificate, which counts for its campaign
 * and, for a pension suspended for want of it, pays again with the months withheld; and see where each campaign and
 * the pension stand. The pensioner acts for themselves, or the direct insured person for them through the active
 * profile (the access guard decides, as for every procedure: seed 000 §1.1).
 */
public final class LifeCertificateService {
    static final String NOT_A_PENSIONER = "No consta cap pensió vostra a la CASS que demani fe de vida.";

    /** A certificate accepted: the campaigns it counts for, and the reinstatement it brought, if any. */
    public record Submitted(LifeCertificate certificate, List<Campaign> countsFor, PensionState state,
                            Optional<PensionDecisions.Reinstatement> reinstatement, boolean duplicate) {
    }

    /**
     * One campaign as it stands for this person.
     *
     * @param actions what CASS did in the campaign, oldest first, and when (null when imported without its time) */
    public record CampaignStatus(Campaign campaign, int required, int received, boolean due, boolean missed,
                                 Map<String, Instant> actions) {
    }

    /**
     * The person's proof of life: the pension's state, the campaigns (newest first), the certificates received.
     *
     * @param withheldCents  while suspended: what has not been paid so far, and will be paid back on reinstatement
     * @param closesOn       while suspended: the day the pension closes for good without proof
     * @param lastArrears    the last reinstatement's arrears, paid back with the next payment
     */
    public record Status(Pensioner pensioner, PensionState state, long withheldCents, Optional<LocalDate> closesOn,
                         Optional<AuditEntry> lastArrears, List<CampaignStatus> campaigns, List<LifeCertificate> certificates) {
    }

    private final AccessGuard guard;
    private final LifeCertificateStore store;
    private final CertificateIntake intake;
    private final CampaignCalendar calendar;
    private final PensionDecisions decisions;
    private final Clock clock;

    public LifeCertificateService(AccessGuard guard, LifeCertificateStore store, DocumentStore files, Letters letters,
                                  LifeCertificateSettings settings, Clock clock) {
        this.guard = guard;
        this.store = store;
        this.intake = new CertificateIntake(store, files, letters, settings, clock);
        this.calendar = new CampaignCalendar(settings);
        this.decisions = new PensionDecisions(settings);
        this.clock = clock;
    }

    /**
     * Checks and records a certificate sent through the portal: 201 with the campaigns it counts for, or the first
     * thing wrong with it (400 naming the field, 409 closed or not asked). The file is kept under its SHA-256, so the
     * same file sent again (a retry) answers what the first time did and counts once.
     */
    public Submitted submit(Principal caller, Submission submission, byte[] file) {
        AccessGuard.Reached reached = guard.reachToWrite(caller, DataCategory.PROCEDURES);
        Person person = reached.person();
        return intake.accept(person, submission, file, CertificateIntake.sha256(file), SubmittedBy.PENSIONER,
                caller.cassNumber().masked());
    }

    /** Where the person's proof of life stands on today's date. */
    public Status status(Principal caller) {
        AccessGuard.Reached reached = guard.reach(caller, DataCategory.PROCEDURES);
        PensionRecord pension = pensionOf(reached);
        LocalDate today = clock.instant().atZone(CatalanFormat.ANDORRA).toLocalDate();
        List<AuditEntry> audit = store.audit(pension.cassNumber());
        PensionState state = pension.state();
        long withheld = 0;
        Optional<LocalDate> closesOn = Optional.empty();
        if (state.status() == PensionState.Status.SUSPENDED) {
            closesOn = Optional.of(decisions.closesOn(state));
            withheld = today.isBefore(closesOn.get())
                    ? decisions.reinstate(state, today, pension.pensioner().monthlyPensionCents()).arrearsCents() : 0;
        }
        Optional<AuditEntry> lastArrears = audit.stream().filter(a -> a.key().kind() == Action.REINSTATEMENT).findFirst();
        return new Status(pension.pensioner(), state, withheld, closesOn, lastArrears, campaigns(pension, audit, today),
                store.certificates(pension.cassNumber()));
    }

    /** The campaign under way (abroad), the resident check asked for, the one missed, and those with history. */
    private List<CampaignStatus> campaigns(PensionRecord pension, List<AuditEntry> audit, LocalDate today) {
        Map<String, Campaign> campaigns = new LinkedHashMap<>();
        if (!pension.pensioner().resident()) {
            Campaign current = calendar.abroadCampaignOn(today);
            campaigns.put(current.id(), current);
        }
        Optional<Campaign> residentCheck = intake.residentCheck(pension);
        residentCheck.ifPresent(c -> campaigns.put(c.id(), c));
        if (pension.state().missedCampaign() != null) {
            campaigns.putIfAbsent(pension.state().missedCampaign(), calendar.byId(pension.state().missedCampaign()));
        }
        audit.forEach(a -> campaigns.computeIfAbsent(a.key().campaignId(), calendar::byId));
        pension.received().keySet().forEach(id -> campaigns.computeIfAbsent(id, calendar::byId));
        List<CampaignStatus> out = new ArrayList<>();
        for (Campaign c : campaigns.values()) {
            int required = pension.pensioner().certificatesRequired();
            int received = pension.received(c.id());
            boolean missed = pension.state().missedCampaign() != null && pension.state().missedCampaign().equals(c.id());
            boolean open = !today.isBefore(c.opensOn()) && !today.isAfter(c.deadline());
            boolean due = received < required && pension.state().status() != PensionState.Status.CLOSED
                    && (missed || open && (c.kind() == Campaign.Kind.ABROAD || residentCheck.isPresent()));
            Map<String, Instant> actions = new LinkedHashMap<>();
            audit.stream().filter(a -> a.key().campaignId().equals(c.id())).sorted(Comparator.comparing(AuditEntry::at))
                    .forEach(a -> actions.put(a.key().action(), a.at()));
            // an action imported done from the paper system (LifeCertificateStore.importPensions) has no entry: no time
            pension.done().stream().filter(k -> k.campaignId().equals(c.id())).map(ActionKey::action).sorted()
                    .forEach(action -> actions.putIfAbsent(action, null));
            out.add(new CampaignStatus(c, required, received, due, missed, actions));
        }
        out.sort(Comparator.comparing((CampaignStatus s) -> s.campaign().opensOn()).reversed());
        return out;
    }

    private PensionRecord pensionOf(AccessGuard.Reached reached) {
        return intake.pensionOf(reached.subject().person());
    }


}
