package ad.cass.online.domain.lifecertificates;

import ad.cass.online.domain.error.Conflict;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * What a missed or late proof of life does to the pension, as pure functions. The seed says only that without a
 * certificate the pension stops (seed 003 §3.2: "la pensió es tanca automàticament i el pensionista no cobra la
 * prestació econòmica"). The rest are decisions (issue 21) following DOMAIN.md "Outside the seeds" (CASS's public
 * page; Portugal and Germany): the pension for month M is paid on M's last day; a missed deadline suspends from the
 * first day of the month after the deadline (the deadline's own month is still paid); a valid certificate received on
 * day R resumes payment with R's month (the next payment) and pays back the months withheld in between, to the cent;
 * {@code closeAfterYears} after the last payment made with no valid certificate the pension is closed for good.
 */
public final class PensionDecisions {
    static final String CLOSED = "La pensió s'ha tancat definitivament per manca de fe de vida: cal sol·licitar-la de nou.";

    /** A suspended pension paid again. */
    public record Reinstatement(PensionState state, long arrearsCents, long monthsWithheld, YearMonth resumesWith) {
    }

    private final LifeCertificateSettings settings;

    public PensionDecisions(LifeCertificateSettings settings) {
        this.settings = settings;
    }

    /**
     * The suspension a campaign's deadline brings, once it has passed on {@code today}: from the first day of the
     * month after the deadline. Before then, or on the deadline itself, nothing.
     */
    public Optional<PensionState> suspend(Campaign campaign, LocalDate today) {
        if (!today.isAfter(campaign.deadline())) {
            return Optional.empty();
        }
        return Optional.of(PensionState.suspended(suspendedFrom(campaign), campaign.id()));
    }

    /** The first day a missed campaign leaves unpaid: the first of the month after its deadline. */
    public static LocalDate suspendedFrom(Campaign campaign) {
        return YearMonth.from(campaign.deadline()).plusMonths(1).atDay(1);
    }

    /**
     * The pension paid again after a valid certificate received on {@code receivedOn}: from that month's payment, with
     * the months from the suspension up to the month before paid back (none when it arrives in the suspension's first
     * month). A closed pension, or one whose closure was due by then, is not reinstated: it needs a new application
     * (409 Conflict: the certificate is fine, the pension no longer exists).
     */
    public Reinstatement reinstate(PensionState state, LocalDate receivedOn, long monthlyPensionCents) {
        if (state.status() == PensionState.Status.PAID) {
            throw new IllegalStateException("only a suspended pension is reinstated");
        }
        if (state.status() == PensionState.Status.CLOSED || !receivedOn.isBefore(closesOn(state))) {
            throw new Conflict(CLOSED);
        }
        YearMonth stopped = YearMonth.from(state.suspendedFrom());
        // a certificate that crossed the suspension (received before it took effect) loses nothing
        YearMonth resumes = YearMonth.from(receivedOn).isAfter(stopped) ? YearMonth.from(receivedOn) : stopped;
        long withheld = stopped.until(resumes, ChronoUnit.MONTHS);
        return new Reinstatement(PensionState.paid(), Math.multiplyExact(withheld, monthlyPensionCents), withheld, resumes);
    }

    /** The day a suspended pension closes for good: {@code closeAfterYears} after its last payment. */
    public LocalDate closesOn(PensionState state) {
        return state.lastPayment().plusYears(settings.closeAfterYears());
    }

    /**
     * The pension closed if it is suspended and its closing day has come by {@code today}; closed as of that day, not
     * of the run, so a late run records the same thing.
     */
    public Optional<PensionState> closeIfDue(PensionState state, LocalDate today) {
        if (state.status() != PensionState.Status.SUSPENDED || today.isBefore(closesOn(state))) {
            return Optional.empty();
        }
        return Optional.of(state.closed(closesOn(state)));
    }
}
