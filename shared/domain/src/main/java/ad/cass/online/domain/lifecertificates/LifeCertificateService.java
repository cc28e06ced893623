package ad.cass.online.domain.lifecertificates;

import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.documents.DocumentStore;
import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.error.Unavailable;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.lifecertificates.LifeCertificateLetters.Addressee;
import ad.cass.online.domain.lifecertificates.LifeCertificateScheduler.Letters;
import ad.cass.online.domain.lifecertificates.LifeCertificateStore.CertificateOutcome;
import ad.cass.online.domain.person.Person;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
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
    /** A certificate and a run, or two certificates, racing: each retry re-reads; more than this means a fault. */
    private static final int ATTEMPTS = 5;

    /** A certificate accepted: the campaigns it counts for, and the reinstatement it brought, if any. */
    public record Submitted(LifeCertificate certificate, List<Campaign> countsFor, PensionState state,
                            Optional<PensionDecisions.Reinstatement> reinstatement, boolean duplicate) {
    }

    /** One campaign as it stands for this person. */
    /** @param actions what CASS did in the campaign, oldest first, and when (null when imported without its time) */
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
    private final DocumentStore files;
    private final Letters letters;
    private final LifeCertificateRules rules;
    private final CampaignCalendar calendar;
    private final PensionDecisions decisions;
    private final Clock clock;

    public LifeCertificateService(AccessGuard guard, LifeCertificateStore store, DocumentStore files, Letters letters,
                                  LifeCertificateSettings settings, Clock clock) {
        this.guard = guard;
        this.store = store;
        this.files = files;
        this.letters = letters;
        this.rules = new LifeCertificateRules(settings);
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
        PensionRecord pension = pensionOf(reached);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = now.atZone(CatalanFormat.ANDORRA).toLocalDate();
        String sha256 = sha256(file);
        Optional<LifeCertificate> before = store.certificates(person.cassNumber()).stream()
                .filter(c -> c.sha256().equals(sha256)).findFirst();
        if (before.isPresent()) {
            return duplicate(pension, before.get());
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            PensionRecord read = pension;
            LifeCertificateRules.Accepted accepted = rules.check(submission, read.pensioner(), read.state(),
                    residentCheck(read), today, SubmittedBy.PENSIONER);
            var format = accepted.format().orElseThrow();
            String key = "life-certificates/" + person.cassNumber().value() + "/" + sha256 + "." + format.extension();
            if (attempt == 0) {
                files.put(key, file, format.contentType());
            }
            LifeCertificate certificate = new LifeCertificate(sha256, accepted.issuer(), accepted.issueDate(),
                    accepted.country(), key, format.contentType(), now, SubmittedBy.PENSIONER,
                    caller.cassNumber().masked(), accepted.countsFor().stream().map(Campaign::id).toList());
            Optional<PensionDecisions.Reinstatement> reinstatement = reinstates(read, accepted, today);
            Optional<AuditEntry> audit = reinstatement.map(r -> AuditEntry.reinstatement(ActionKey.of(person.cassNumber(),
                    calendar.byId(read.state().missedCampaign()), Action.REINSTATEMENT), now,
                    caller.cassNumber().masked(), r));
            CertificateOutcome outcome = store.recordCertificate(read, certificate, audit);
            if (outcome == CertificateOutcome.RECORDED) {
                reinstatement.ifPresent(r -> letters.send(audit.get(), LifeCertificateLetters.reinstatement(
                        addressee(person, read.pensioner()), r.resumesWith(), r.monthsWithheld(), r.arrearsCents())));
                return new Submitted(certificate, accepted.countsFor(),
                        reinstatement.map(PensionDecisions.Reinstatement::state).orElse(read.state()), reinstatement, false);
            }
            PensionRecord fresh = pensionOf(reached);
            if (outcome == CertificateOutcome.DUPLICATE) {
                return store.certificates(person.cassNumber()).stream().filter(c -> c.sha256().equals(sha256)).findFirst()
                        .map(c -> duplicate(fresh, c)).orElseThrow(() -> new Unavailable("the pension, changing under a certificate"));
            }
            // CHANGED: a run or another certificate moved the pension; check again on what it is now
            pension = fresh;
        }
        throw new Unavailable("the pension, changing under a certificate");
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
        Optional<Campaign> residentCheck = residentCheck(pension);
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

    /** The reinstatement a certificate brings: for the missed campaign, once it has all it needs (two with a supplement). */
    private Optional<PensionDecisions.Reinstatement> reinstates(PensionRecord pension, LifeCertificateRules.Accepted accepted,
                                                                LocalDate today) {
        if (!accepted.forMissedCampaign()
                || pension.received(pension.state().missedCampaign()) + 1 < pension.pensioner().certificatesRequired()) {
            return Optional.empty();
        }
        return Optional.of(decisions.reinstate(pension.state(), today, pension.pensioner().monthlyPensionCents()));
    }

    /** The latest resident check this pensioner was asked for: a REQUEST recorded for a resident-check campaign. */
    private Optional<Campaign> residentCheck(PensionRecord pension) {
        return pension.done().stream().filter(k -> k.kind() == Action.REQUEST).map(k -> calendar.byId(k.campaignId()))
                .filter(c -> c.kind() == Campaign.Kind.RESIDENT_CHECK).max(Comparator.comparing(Campaign::opensOn));
    }

    private Submitted duplicate(PensionRecord pension, LifeCertificate recorded) {
        return new Submitted(recorded, recorded.countsFor().stream().map(calendar::byId).toList(), pension.state(),
                Optional.empty(), true);
    }

    private PensionRecord pensionOf(AccessGuard.Reached reached) {
        return store.pension(reached.subject().person()).orElseThrow(() -> new NotFound(NOT_A_PENSIONER));
    }

    private static Addressee addressee(Person person, Pensioner pensioner) {
        return new Addressee(person.givenName(), person.email(), pensioner.language(), pensioner.certificatesRequired());
    }

    static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file == null ? new byte[0] : file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
