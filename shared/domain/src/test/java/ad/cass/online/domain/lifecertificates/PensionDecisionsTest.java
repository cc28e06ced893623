package ad.cass.online.domain.lifecertificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ad.cass.online.domain.error.Conflict;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 003 §3.2 "Si no s'envia, la pensió es tanca automàticament i el pensionista no cobra la prestació
 * econòmica"; the rest are decisions (issue 21) after DOMAIN.md "Outside the seeds": paid on the month's last day,
 * suspended from the first of the month after the deadline, reinstated from the next payment with the months
 * withheld paid back, closed three years after the last payment.
 */
class PensionDecisionsTest {
    static final LifeCertificateSettings SETTINGS = LifeCertificateSettings.defaults();
    static final PensionDecisions DECISIONS = new PensionDecisions(SETTINGS);
    static final CampaignCalendar CALENDAR = new CampaignCalendar(SETTINGS);

    @ParameterizedTest(name = "campaign {0}, on {1}: suspended from {2}")
    @CsvSource(delimiter = '|', value = {
            // decision: the deadline's own month is still paid; the day after, from the first of the next month
            "2026-11    | 2026-12-31 | ",
            "2026-11    | 2027-01-01 | 2027-01-01",
            "2026-11    | 2027-03-15 | 2027-01-01",
            "2026-05    | 2026-06-30 | ",
            "2026-05    | 2026-07-01 | 2026-07-01",
            "2026-11    | 2026-11-15 | ",
            // seed 003 §3.1 and issue 21: a resident check has the same deadline and consequences
            "CV-2026-12 | 2027-02-01 | 2027-02-01"})
    void suspension(String campaign, LocalDate today, LocalDate from) {
        Optional<PensionState> suspended = DECISIONS.suspend(CALENDAR.byId(campaign), today);
        assertEquals(Optional.ofNullable(from), suspended.map(PensionState::suspendedFrom));
        suspended.ifPresent(s -> {
            assertEquals(PensionState.Status.SUSPENDED, s.status());
            assertEquals(campaign, s.missedCampaign());
        });
    }

    @ParameterizedTest(name = "{0} cents a month, suspended from {1}, certificate on {2}: {3} months, {4} cents, from {5}")
    @CsvSource(delimiter = '|', value = {
            // issue 21 example: 1.234,56 € suspended from 01/01/2027, received 15/03/2027: January and February owed
            "123456 | 2027-01-01 | 2027-03-15 | 2 | 246912  | 2027-03",
            // decision: received in the suspension's first month: nothing withheld, paid at its end
            "123456 | 2027-01-01 | 2027-01-01 | 0 | 0       | 2027-01",
            "123456 | 2027-01-01 | 2027-01-31 | 0 | 0       | 2027-01",
            // a certificate that crossed the suspension (received the day before it took effect) loses nothing
            "123456 | 2027-01-01 | 2026-12-31 | 0 | 0       | 2027-01",
            "123456 | 2027-01-01 | 2027-02-01 | 1 | 123456  | 2027-02",
            // across a year end, to the cent: 11 months of 1.525,33 €
            "152533 | 2026-07-01 | 2027-06-30 | 11 | 1677863 | 2027-06",
            // the last day before closure: 35 months (January 2027 to November 2029)
            "99     | 2027-01-01 | 2029-12-30 | 35 | 3465    | 2029-12"})
    void reinstatementAndArrears(long monthly, LocalDate from, LocalDate received, long months, long arrears, YearMonth resumes) {
        PensionDecisions.Reinstatement r = DECISIONS.reinstate(PensionState.suspended(from, "2026-11"), received, monthly);
        assertEquals(PensionState.paid(), r.state());
        assertEquals(months, r.monthsWithheld());
        assertEquals(arrears, r.arrearsCents());
        assertEquals(resumes, r.resumesWith());
    }

    @ParameterizedTest(name = "suspended from {0}, on {1}: closed {2}")
    @CsvSource(delimiter = '|', value = {
            // DOMAIN.md "for up to three years from the last payment": last paid 31/12/2026, closed on 31/12/2029
            "2027-01-01 | 2029-12-30 | ",
            "2027-01-01 | 2029-12-31 | 2029-12-31",
            // a late run closes as of the due day, so every run records the same thing
            "2027-01-01 | 2030-01-15 | 2029-12-31",
            // last paid on 29/02/2028: three years on is 28/02/2031
            "2028-03-01 | 2031-02-27 | ",
            "2028-03-01 | 2031-02-28 | 2031-02-28"})
    void closure(LocalDate from, LocalDate today, LocalDate closedOn) {
        PensionState suspended = PensionState.suspended(from, "2026-11");
        Optional<PensionState> closed = DECISIONS.closeIfDue(suspended, today);
        assertEquals(Optional.ofNullable(closedOn), closed.map(PensionState::closedOn));
        closed.ifPresent(c -> assertEquals(PensionState.Status.CLOSED, c.status()));
    }

    @Test
    void closureFollowsTheSettings() {
        LifeCertificateSettings d = LifeCertificateSettings.defaults();
        PensionDecisions oneYear = new PensionDecisions(new LifeCertificateSettings(d.deadlineMonthsAfter(),
                d.reminderDaysBefore(), 1, d.maxFileBytes(), d.residentCheckShare(), d.residentCheckSeed()));
        assertEquals(LocalDate.of(2027, 12, 31), oneYear.closesOn(PensionState.suspended(LocalDate.of(2027, 1, 1), "2026-11")));
    }

    @Test
    void onlyASuspendedPensionIsClosedOrReinstated() {
        assertEquals(Optional.empty(), DECISIONS.closeIfDue(PensionState.paid(), LocalDate.of(2040, 1, 1)));
        PensionState closed = PensionState.suspended(LocalDate.of(2027, 1, 1), "2026-11").closed(LocalDate.of(2029, 12, 31));
        assertEquals(Optional.empty(), DECISIONS.closeIfDue(closed, LocalDate.of(2040, 1, 1)));
        assertThrows(IllegalStateException.class, () -> DECISIONS.reinstate(PensionState.paid(), LocalDate.of(2027, 1, 1), 100));
    }

    @ParameterizedTest(name = "certificate received {0} after closure: 409, a new application")
    @CsvSource({"2029-12-31", "2030-06-01"})
    void aCertificateAfterClosureDoesNotReinstate(LocalDate received) {
        // DOMAIN.md "Outside the seeds": after three years the pension is closed for good
        PensionState suspended = PensionState.suspended(LocalDate.of(2027, 1, 1), "2026-11");
        Conflict due = assertThrows(Conflict.class, () -> DECISIONS.reinstate(suspended, received, 123456));
        assertEquals(PensionDecisions.CLOSED, due.pattern());
        Conflict closed = assertThrows(Conflict.class,
                () -> DECISIONS.reinstate(suspended.closed(LocalDate.of(2029, 12, 31)), received, 123456));
        assertEquals(PensionDecisions.CLOSED, closed.pattern());
    }

    @Test
    void aStateHoldsOnlyWhatItsStatusHas() {
        assertThrows(IllegalArgumentException.class, () -> new PensionState(PensionState.Status.PAID, LocalDate.of(2027, 1, 1), "2026-11", null));
        assertThrows(IllegalArgumentException.class, () -> new PensionState(PensionState.Status.SUSPENDED, LocalDate.of(2027, 1, 1), null, null));
        assertThrows(IllegalArgumentException.class, () -> PensionState.suspended(LocalDate.of(2027, 1, 2), "2026-11"));
        assertThrows(IllegalArgumentException.class, () -> new PensionState(PensionState.Status.CLOSED, LocalDate.of(2027, 1, 1), "2026-11", null));
    }
}
