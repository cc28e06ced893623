package ad.cass.online.domain.lifecertificates;

import ad.cass.online.domain.lifecertificates.LifeCertificateLetters.Addressee;
import ad.cass.online.domain.lifecertificates.LifeCertificateLetters.Letter;
import ad.cass.online.domain.lifecertificates.LifeCertificateStore.PensionerPage;
import ad.cass.online.domain.lifecertificates.LifeCertificateStore.RunProgress;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.person.PersonStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled runs of proof of life (issue 21): the campaign's opening (requests), the daily reminders and the
 * deadline run (suspensions, closures). Each run pages the pensioners shard by shard through the store's index, asks
 * {@link CampaignPlan} what each one is owed today, records each action once (one conditional write of the pension,
 * on the version read: lost to another run or to a certificate arriving, it re-reads and plans again) and only then
 * sends its letter. Progress is saved after every page under the run's id: a run that stops (a crash, Lambda's
 * timeout) and is started again with the same id resumes after the last page done, and whatever it redoes is a
 * no-op, since every action is conditional.
 * <p>The letter goes after the record, never before: a crash between the two loses that one letter (the action
 * stands and the portal's notice list shows the campaign's state); sending first would send it twice on a retry.
 */
public final class LifeCertificateScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(LifeCertificateScheduler.class);
    /**
     * How long a letter owed stays the recording run's to send: longer than any run lasts (Lambda stops a function at 15
     * minutes, whatever template.yaml asks), so a run that finds it younger leaves it to a run that may still be
     * sending it (two deliveries of one event at once); older, the run that owed it is dead.
     */
    static final java.time.Duration LETTER_LEASE = java.time.Duration.ofMinutes(20);
    /** Replanning after a lost race is bounded: a pension cannot change more often than this within one run. */
    private static final int ATTEMPTS = 5;

    /** Where letters go: an e-mail and a portal notice, in the pensioner's language ({@link PostedLetters}). */
    @FunctionalInterface
    public interface Letters {
        /** @param audit the action's entry, as recorded: which action, when */
        void send(AuditEntry audit, Letter letter);
    }

    /** Which actions a run does: its schedule's part of the plan. */
    public enum Run {
        /** 1 May and 1 November: every concerned pensioner is asked (seed 003 §3.2). */
        OPENING(Set.of(Action.REQUEST)),
        /** Daily: the reminders due (DOMAIN.md), and a request a pensioner missed, e.g. someone new. */
        REMINDERS(Set.of(Action.REQUEST, Action.REMINDER)),
        /** Daily: suspensions after the deadline and closures after three years (DOMAIN.md). */
        DEADLINE(Set.of(Action.SUSPENSION, Action.CLOSURE));

        private final Set<Action> actions;

        Run(Set<Action> actions) {
            this.actions = actions;
        }

        public Set<Action> actions() {
            return actions;
        }
    }

    /** What a run did, for its log line and for {@code invoke}. */
    public record Report(String runId, Run run, int pensioners, Map<Action, Integer> recorded, int replanned, boolean finished) {
    }

    private final LifeCertificateStore store;
    private final PersonStore people;
    private final Letters letters;
    private final CampaignCalendar calendar;
    private final CampaignPlan plan;
    private final PensionDecisions decisions;
    private final Clock clock;
    private final int pageSize;
    private final int parallelism;

    /** One shard at a time. */
    public LifeCertificateScheduler(LifeCertificateStore store, PersonStore people, Letters letters,
                                    LifeCertificateSettings settings, int pageSize, Clock clock) {
        this(store, people, letters, settings, pageSize, 1, clock);
    }

    /**
     * @param parallelism how many shards a run works side by side (LIFE_CERT_RUN_THREADS); the store, the person
     *                    store and the letters are called from that many threads
     */
    public LifeCertificateScheduler(LifeCertificateStore store, PersonStore people, Letters letters,
                                    LifeCertificateSettings settings, int pageSize, int parallelism, Clock clock) {
        if (parallelism < 1 || pageSize < 1) {
            throw new IllegalArgumentException("a run works at least one shard at a time, by pages of at least one");
        }
        this.parallelism = parallelism;
        this.store = store;
        this.people = people;
        this.letters = letters;
        this.calendar = new CampaignCalendar(settings);
        this.plan = new CampaignPlan(settings);
        this.decisions = new PensionDecisions(settings);
        this.pageSize = pageSize;
        this.clock = clock;
    }

    /**
     * One run on {@code today} (Europe/Andorra), for the campaign abroad under way and, when CASS opened one, a
     * residents' check.
     *
     * @param runId    the same for a run started again (EventBridge's event id): it resumes where it stopped
     * @param timeLeft asked between pages; false stops the run, unfinished, to be started again with the same id
     */
    public Report run(String runId, Run run, LocalDate today, Optional<Campaign> residentCheck, BooleanSupplier timeLeft) {
        Tally tally = new Tally(runId, run);
        boolean finished = sweep(tally, false, today, Optional.empty(), timeLeft);
        if (finished && residentCheck.isPresent()) {
            finished = sweep(tally, true, today, residentCheck, timeLeft);
        }
        return tally.report(finished);
    }

    /**
     * Every shard of residents or of those abroad, {@code parallelism} at a time: a shard's pages one after the
     * other (its progress is one cursor), the shards side by side, so one shard's writes overlap another's read
     * (issue 21's bench: a run held to the time of a bare scan). False when a shard stopped for want of time.
     */
    private boolean sweep(Tally tally, boolean residents, LocalDate today, Optional<Campaign> residentCheck, BooleanSupplier timeLeft) {
        String progressId = tally.runId + (residents ? "#RESIDENTS" : "#ABROAD");
        if (parallelism == 1) {
            boolean finished = true;
            for (int shard = 0; shard < store.shards() && finished; shard++) {
                finished = shard(tally, progressId, shard, residents, today, residentCheck, timeLeft);
            }
            return finished;
        }
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(parallelism, store.shards()));
        try {
            List<Callable<Boolean>> shards = new ArrayList<>();
            for (int shard = 0; shard < store.shards(); shard++) {
                int s = shard;
                shards.add(() -> shard(tally, progressId, s, residents, today, residentCheck, timeLeft));
            }
            boolean finished = true;
            for (Future<Boolean> shard : workers.invokeAll(shards)) {
                finished &= shard.get();
            }
            return finished;
        } catch (ExecutionException e) {
            // a shard's failure is the run's: it stops, and started again it resumes from each shard's progress
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the run was interrupted", e);
        } finally {
            workers.shutdownNow();
        }
    }

    /** One shard from where the run last got to in it; false when time ran out first. */
    private boolean shard(Tally tally, String progressId, int shard, boolean residents, LocalDate today,
                          Optional<Campaign> residentCheck, BooleanSupplier timeLeft) {
        Optional<RunProgress> progress = store.progress(progressId, shard);
        if (progress.map(RunProgress::finished).orElse(false)) {
            return true;
        }
        String cursor = progress.map(RunProgress::cursor).orElse(null);
        do {
            if (!timeLeft.getAsBoolean()) {
                return false;
            }
            PensionerPage page = store.pensioners(residents, shard, cursor, pageSize);
            // the files of those owed a letter, read for the whole page at once (issue 21's bench: a read per letter
            // cost as much as the suspension itself); someone a lost race makes owed is read on their own
            Map<CassNumber, Person> files = people.findAll(page.items().stream()
                    .filter(p -> owed(tally.run, p, today, residentCheck)).map(PensionRecord::cassNumber).toList());
            for (PensionRecord fromPage : page.items()) {
                tally.pensioner();
                PensionRecord pension = owedLetters(fromPage, today, files);
                for (Campaign campaign : campaigns(fromPage, today, residentCheck)) {
                    // the record as the last campaign left it: its writes moved the version
                    pension = settle(tally, pension, campaign, today, files);
                }
            }
            cursor = page.cursor();
            store.saveProgress(progressId, shard, cursor, cursor == null);
        } while (cursor != null);
        return true;
    }

    /** Whether this run owes the pensioner anything today, as the page shows them: a letter, or an action. */
    private boolean owed(Run run, PensionRecord pension, LocalDate today, Optional<Campaign> residentCheck) {
        return !pension.lettersOwed().isEmpty() || campaigns(pension, today, residentCheck).stream().anyMatch(c -> plan.due(c, today, pension.pensioner(),
                pension.state(), pension.received(c.id()), pension.done()).stream().anyMatch(k -> run.actions().contains(k.kind())));
    }

    /** The campaign under way for this pensioner, and the one their pension is suspended for (its closure). */
    private Set<Campaign> campaigns(PensionRecord pension, LocalDate today, Optional<Campaign> residentCheck) {
        Set<Campaign> campaigns = new LinkedHashSet<>();
        if (pension.pensioner().resident()) {
            residentCheck.ifPresent(campaigns::add);
        } else {
            campaigns.add(calendar.abroadCampaignOn(today));
        }
        if (pension.state().status() == PensionState.Status.SUSPENDED) {
            campaigns.add(calendar.byId(pension.state().missedCampaign()));
        }
        return campaigns;
    }

    /**
     * Records each action this pensioner is owed today in this campaign, one at a time, and answers the record as it
     * then stands. The first plan is made on the index page's copy (issue 21's bench: no read per pensioner beyond
     * the page); after a write that won, on the record as written; after one that lost (another run, a certificate
     * arriving), on a fresh read.
     */
    private PensionRecord settle(Tally tally, PensionRecord fromPage, Campaign campaign, LocalDate today,
                                 Map<CassNumber, Person> files) {
        PensionRecord pension = fromPage;
        int lost = 0;
        while (true) {
            Optional<ActionKey> next = plan.due(campaign, today, pension.pensioner(), pension.state(),
                    pension.received(campaign.id()), pension.done()).stream()
                    // a reinstatement is written with the certificate that brings it, in the same write, never here
                    .filter(k -> tally.run.actions().contains(k.kind())).findFirst();
            if (next.isEmpty()) {
                return pension;
            }
            ActionKey key = next.get();
            Decision decision = decide(key, campaign, pension, today, tally.runId);
            if (store.recordAction(pension, decision.state, decision.audit)) {
                tally.recorded(key.kind());
                PensionRecord written = pension.after(key, decision.state);
                letter(key, campaign, written, today, files).ifPresent(l -> letters.send(decision.audit, l));
                store.letterSent(key); // the mark the record wrote with the action: a run stopped before this sends it
                pension = written.lettered(key);
            } else {
                tally.replanned();
                Optional<PensionRecord> fresh = store.pension(pension.cassNumber());
                if (fresh.isEmpty() || ++lost > ATTEMPTS) {
                    return pension; // gone, or changing faster than we can plan: the next run sees it settled
                }
                pension = fresh.get();
            }
        }
    }

    private record Decision(PensionState state, AuditEntry audit) {
    }

    /**
     * Issue 23: the letters of actions recorded by a run that died before it sent them (or before it said so), sent
     * by the first run that comes once {@link #LETTER_LEASE} is over (Lambda's retry a minute later leaves it; the
     * next day's run sends it at the latest); then the record as it stands. The letter's notice is keyed on its
     * action, so posting it again is a no-op; the mail may go twice if a run died between the mail and clearing the
     * mark, never not at all. A rare path: it reads the action's audit entry, for its time.
     */
    private PensionRecord owedLetters(PensionRecord pension, LocalDate today, Map<CassNumber, Person> files) {
        PensionRecord now = pension;
        for (ActionKey key : pension.lettersOwed().stream().sorted(java.util.Comparator.comparing(ActionKey::sortKey)).toList()) {
            Optional<AuditEntry> audit = store.audit(pension.cassNumber()).stream().filter(a -> a.key().equals(key)).findFirst();
            if (audit.isPresent() && audit.get().at().plus(LETTER_LEASE).isAfter(clock.instant())) {
                continue; // perhaps being sent right now by the run that recorded it
            }
            if (audit.isPresent() && stillSo(key, now)) {
                LOG.info("proof of life: {} {} sends the letter a stopped run owed", pension.cassNumber().masked(), key.action());
                letter(key, calendar.byId(key.campaignId()), now, today, files).ifPresent(l -> letters.send(audit.get(), l));
            }
            store.letterSent(key);
            now = now.lettered(key);
        }
        return now;
    }

    /**
     * Whether an owed letter still says what is so: a certificate that came meanwhile makes a request or a reminder
     * pointless and a suspension's letter wrong (the reinstatement's went with it). Such a letter is dropped.
     */
    private static boolean stillSo(ActionKey key, PensionRecord pension) {
        PensionState state = pension.state();
        return switch (key.kind()) {
            case REQUEST, REMINDER -> state.status() == PensionState.Status.PAID
                    && pension.received(key.campaignId()) < pension.pensioner().certificatesRequired();
            case SUSPENSION -> state.status() == PensionState.Status.SUSPENDED && key.campaignId().equals(state.missedCampaign());
            case CLOSURE -> state.status() == PensionState.Status.CLOSED;
            case REINSTATEMENT -> false; // written with its certificate, whose request sent its letter
        };
    }

    private Decision decide(ActionKey key, Campaign campaign, PensionRecord pension, LocalDate today, String runId) {
        String actor = AuditEntry.scheduler(runId);
        var at = clock.instant();
        return switch (key.kind()) {
            case REQUEST, REMINDER -> new Decision(pension.state(), AuditEntry.notice(key, at, actor, pension.pensioner()));
            case SUSPENSION -> {
                PensionState suspended = decisions.suspend(campaign, today).orElseThrow();
                yield new Decision(suspended, AuditEntry.suspension(key, at, actor, suspended));
            }
            case CLOSURE -> {
                PensionState closed = decisions.closeIfDue(pension.state(), today).orElseThrow();
                yield new Decision(closed, AuditEntry.closure(key, at, actor, closed));
            }
            case REINSTATEMENT -> throw new IllegalStateException("written with its certificate");
        };
    }

    /** The letter of an action, to the address on the person's file; none for someone without one (the notice stays). */
    private Optional<Letter> letter(ActionKey key, Campaign campaign, PensionRecord pension, LocalDate today,
                                    Map<CassNumber, Person> files) {
        PensionState state = pension.state();
        Optional<Person> person = Optional.ofNullable(files.get(pension.cassNumber())).or(() -> people.find(pension.cassNumber()));
        if (person.isEmpty()) {
            return Optional.empty();
        }
        Addressee to = new Addressee(person.get().givenName(), person.get().email(), pension.pensioner().language(),
                pension.pensioner().certificatesRequired());
        return Optional.of(switch (key.kind()) {
            case REQUEST -> LifeCertificateLetters.request(to, campaign);
            case REMINDER -> LifeCertificateLetters.reminder(to, campaign, (int) ChronoUnit.DAYS.between(today, campaign.deadline()));
            case SUSPENSION -> LifeCertificateLetters.suspension(to, campaign, state.suspendedFrom(), decisions.closesOn(state));
            case CLOSURE -> LifeCertificateLetters.closure(to, state.closedOn());
            case REINSTATEMENT -> throw new IllegalStateException("written with its certificate");
        });
    }

    /** What one run counted. */
    private static final class Tally {
        final String runId;
        final Run run;
        int pensioners;
        int replanned;
        final Map<Action, Integer> recorded = new EnumMap<>(Action.class);

        Tally(String runId, Run run) {
            this.runId = runId;
            this.run = run;
        }

        synchronized void recorded(Action action) {
            recorded.merge(action, 1, Integer::sum);
        }

        synchronized void pensioner() {
            pensioners++;
        }

        synchronized void replanned() {
            replanned++;
        }

        synchronized Report report(boolean finished) {
            return new Report(runId, run, pensioners, Map.copyOf(recorded), replanned, finished);
        }
    }
}
