package ad.cass.online.domain.lifecertificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.settings.Language;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the scheduler owes a pensioner abroad in the campaign of November 2026 (seed 003 §3.2), with issue 21's
 * defaults: deadline 31/12/2026, reminders on 01/12 (30 days before) and 24/12 (7 days before), suspension from
 * 01/01/2027 (PensionDecisions), closure three years after the last payment.
 */
class CampaignPlanTest {
    static final LifeCertificateSettings SETTINGS = LifeCertificateSettings.defaults();
    static final CampaignPlan PLAN = new CampaignPlan(SETTINGS);
    static final CampaignCalendar CALENDAR = new CampaignCalendar(SETTINGS);
    static final PensionDecisions DECISIONS = new PensionDecisions(SETTINGS);
    static final Campaign NOV = CALENDAR.abroad(YearMonth.of(2026, 11));
    static final CassNumber PERSON = CassNumber.of("654321Z");

    static Pensioner abroad(boolean supplement) {
        return new Pensioner(PERSON, "FR", 1_234_56, supplement, Language.FR);
    }

    static Set<ActionKey> keys(Campaign campaign, String names) {
        if (names == null) {
            return Set.of();
        }
        return Arrays.stream(names.split(";")).map(n -> new ActionKey(PERSON, campaign.id(), n.trim()))
                .collect(Collectors.toSet());
    }

    static String names(List<ActionKey> keys) {
        return keys.stream().map(ActionKey::action).collect(Collectors.joining(";"));
    }

    static PensionState state(String text) {
        if (text == null) {
            return PensionState.paid();
        }
        String[] parts = text.split("@");
        PensionState suspended = PensionState.suspended(LocalDate.parse(parts[1]), parts[0]);
        return parts.length > 2 ? suspended.closed(LocalDate.parse(parts[2])) : suspended;
    }

    @ParameterizedTest(name = "[{index}] on {0}, supplement {1}, {2} received, done {3}, state {4} -> {5}")
    @CsvSource(delimiter = '|', value = {
            // seed 003 §3.1 "la CASS li requereix prèviament": the request on the opening day, not before, once
            "2026-10-31 | false | 0 |                                         |                    | ",
            "2026-11-01 | false | 0 |                                         |                    | REQUEST",
            "2026-11-01 | false | 0 | REQUEST                                 |                    | ",
            "2026-11-15 | false | 0 | REQUEST                                 |                    | ",
            // DOMAIN.md "the system sends reminders before it suspends": 30 and 7 days before the deadline
            "2026-12-01 | false | 0 | REQUEST                                 |                    | REMINDER-30",
            "2026-12-10 | false | 0 | REQUEST;REMINDER-30                     |                    | ",
            "2026-12-24 | false | 0 | REQUEST;REMINDER-30                     |                    | REMINDER-7",
            // the deadline itself is still in time
            "2026-12-31 | false | 0 | REQUEST;REMINDER-30;REMINDER-7          |                    | ",
            // seed 003 §3.2 "Si no s'envia, la pensió es tanca automàticament": the day after the deadline
            "2027-01-01 | false | 0 | REQUEST;REMINDER-30;REMINDER-7          |                    | SUSPENSION",
            "2027-01-02 | false | 0 | REQUEST;REMINDER-30;REMINDER-7;SUSPENSION | 2026-11@2027-01-01 | ",
            // seed 003 §3.2 "Si s'envia correctament ... amb normalitat": no reminder, no suspension, no request
            "2026-11-01 | false | 1 |                                         |                    | ",
            "2026-12-01 | false | 1 | REQUEST                                 |                    | ",
            "2026-12-24 | false | 1 | REQUEST;REMINDER-30                     |                    | ",
            "2027-01-01 | false | 1 | REQUEST;REMINDER-30                     |                    | ",
            // seed 003 §3.2 "ULL! MAJORACIÓ (2 FE DE VIDA)": one of two is still missing
            "2026-12-01 | true  | 1 | REQUEST                                 |                    | REMINDER-30",
            "2026-12-24 | true  | 1 | REQUEST;REMINDER-30                     |                    | REMINDER-7",
            "2027-01-01 | true  | 1 | REQUEST;REMINDER-30;REMINDER-7          |                    | SUSPENSION",
            "2026-12-24 | true  | 2 | REQUEST;REMINDER-30                     |                    | ",
            "2027-01-01 | true  | 2 | REQUEST;REMINDER-30                     |                    | ",
            // a run late by days: only the latest reminder, and none at all after the deadline
            "2026-12-26 | false | 0 | REQUEST                                 |                    | REMINDER-7",
            "2027-01-03 | false | 0 | REQUEST                                 |                    | SUSPENSION",
            "2027-01-03 | false | 0 | REQUEST;REMINDER-30                     |                    | SUSPENSION",
            // a first run a month late asks and reminds at once; after the deadline it does nothing: nobody is
            // suspended for a campaign they were never asked for (decision, issue 21)
            "2026-12-01 | false | 0 |                                         |                    | REQUEST;REMINDER-30",
            "2027-01-05 | false | 0 |                                         |                    | ",
            // DOMAIN.md "pay the withheld months back once the proof arrives": redone if the route stopped before it
            "2027-02-20 | false | 1 | REQUEST;REMINDER-30;REMINDER-7;SUSPENSION | 2026-11@2027-01-01 | REINSTATEMENT",
            "2027-02-20 | true  | 1 | REQUEST;REMINDER-30;REMINDER-7;SUSPENSION | 2026-11@2027-01-01 | ",
            "2027-02-21 | false | 1 | REQUEST;REMINDER-30;REMINDER-7;SUSPENSION;REINSTATEMENT |    | ",
            // DOMAIN.md "up to three years from the last payment" (31/12/2026)
            "2029-12-30 | false | 0 | REQUEST;REMINDER-30;REMINDER-7;SUSPENSION | 2026-11@2027-01-01 | ",
            "2029-12-31 | false | 0 | REQUEST;REMINDER-30;REMINDER-7;SUSPENSION | 2026-11@2027-01-01 | CLOSURE",
            "2030-01-01 | false | 0 | REQUEST;REMINDER-30;REMINDER-7;SUSPENSION;CLOSURE | 2026-11@2027-01-01@2029-12-31 | ",
            // suspended already for May: asked and reminded for November, but not suspended twice
            "2026-12-01 | false | 0 | REQUEST                                 | 2026-05@2026-07-01 | REMINDER-30",
            "2027-01-01 | false | 0 | REQUEST;REMINDER-30;REMINDER-7          | 2026-05@2026-07-01 | ",
            // closed for good: nothing more
            "2026-11-01 | false | 0 |                                         | 2026-05@2026-07-01@2029-06-30 | "})
    void actionsDue(LocalDate today, boolean supplement, int received, String done, String state, String expected) {
        List<ActionKey> due = PLAN.due(NOV, today, abroad(supplement), state(state), received, keys(NOV, done));
        assertEquals(expected == null ? "" : expected, names(due));
    }

    @Test
    void aWholeCampaignDayByDay() {
        // issue 21: request on 1 Nov, reminder-30 on 1 Dec, reminder-7 on 24 Dec, suspension on 1 Jan
        Map<LocalDate, String> expected = new LinkedHashMap<>();
        expected.put(LocalDate.of(2026, 11, 1), "REQUEST");
        expected.put(LocalDate.of(2026, 12, 1), "REMINDER-30");
        expected.put(LocalDate.of(2026, 12, 24), "REMINDER-7");
        expected.put(LocalDate.of(2027, 1, 1), "SUSPENSION");
        assertEquals(expected, run(abroad(false), LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 1), false));
    }

    @Test
    void aStopHalfWayAndARestartConverge() {
        // issue 21: "a run that crashes half-way and is started again converges": each day, only the first action is
        // recorded before the crash, then the run starts again; the same actions on the same days as uninterrupted
        for (boolean supplement : new boolean[] {false, true}) {
            Map<LocalDate, String> once = run(abroad(supplement), LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 1), false);
            Map<LocalDate, String> crashing = run(abroad(supplement), LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 1), true);
            assertEquals(once, crashing);
        }
        // the first run a month late is the case with two actions on one day
        Map<LocalDate, String> late = run(abroad(false), LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 5), true);
        assertEquals(Map.of(LocalDate.of(2026, 12, 1), "REQUEST;REMINDER-30", LocalDate.of(2026, 12, 24), "REMINDER-7",
                LocalDate.of(2027, 1, 1), "SUSPENSION"), late);
    }

    @Test
    void theSameDayAskedTwiceGivesNothingNew() {
        Set<ActionKey> done = new HashSet<>();
        LocalDate day = LocalDate.of(2026, 12, 1);
        done.addAll(PLAN.due(NOV, day, abroad(false), PensionState.paid(), 0, done));
        assertEquals(List.of(), PLAN.due(NOV, day, abroad(false), PensionState.paid(), 0, done));
    }

    /** Each day's actions from {@code first} to {@code last}, recorded (and the suspension applied) as a store would. */
    static Map<LocalDate, String> run(Pensioner pensioner, LocalDate first, LocalDate last, boolean crashAfterOne) {
        Map<LocalDate, String> log = new LinkedHashMap<>();
        Set<ActionKey> done = new HashSet<>();
        PensionState state = PensionState.paid();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            List<ActionKey> today = new ArrayList<>();
            List<ActionKey> due = PLAN.due(NOV, day, pensioner, state, 0, done);
            for (int pass = 0; !due.isEmpty(); pass++) {
                assertTrue(pass < 10, "the plan does not converge on " + day + ": " + due);
                List<ActionKey> recorded = crashAfterOne ? due.subList(0, 1) : due;
                for (ActionKey key : recorded) {
                    done.add(key);
                    today.add(key);
                    if (key.kind() == Action.SUSPENSION) {
                        state = DECISIONS.suspend(NOV, day).orElseThrow();
                    }
                }
                due = PLAN.due(NOV, day, pensioner, state, 0, done);
            }
            if (!today.isEmpty()) {
                log.put(day, names(today));
            }
        }
        return log;
    }

    @ParameterizedTest(name = "{0} in {1}: nothing asked")
    @CsvSource(delimiter = '|', value = {
            // seed 003 §3.2: the campaign abroad is not for residents; §3.1: a check only for those drawn
            "AD | 2026-11",
            "FR | CV-2026-12"})
    void aCampaignAsksOnlyItsPeople(String residence, String campaignId) {
        Campaign campaign = CALENDAR.byId(campaignId);
        Pensioner p = new Pensioner(PERSON, residence, 1_00, false, Language.CA);
        assertEquals(List.of(), PLAN.due(campaign, campaign.opensOn(), p, PensionState.paid(), 0, Set.of()));
    }

    @Test
    void aDrawnResidentIsAskedLikeAnyone() {
        // issue 21: "the same deadline and consequences"; share 1 draws every resident
        LifeCertificateSettings all = new LifeCertificateSettings(1, List.of(30, 7), 3, SETTINGS.maxFileBytes(), 1.0, 9);
        Campaign check = new CampaignCalendar(all).residentCheck(YearMonth.of(2026, 12));
        Pensioner resident = new Pensioner(PERSON, "AD", 1_00, false, Language.CA);
        CampaignPlan plan = new CampaignPlan(all);
        assertEquals("REQUEST", names(plan.due(check, LocalDate.of(2026, 12, 1), resident, PensionState.paid(), 0, Set.of())));
        assertEquals("SUSPENSION", names(plan.due(check, LocalDate.of(2027, 2, 1), resident, PensionState.paid(), 0,
                keys(check, "REQUEST;REMINDER-30;REMINDER-7"))));
    }

    @ParameterizedTest(name = "{0} in {1}: sort key {2}")
    @CsvSource(delimiter = '|', value = {
            // issue 21: "campaignId#ACTION" after the person's key, one per reminder kind
            "REQUEST       | 2026-11    | 2026-11#REQUEST",
            "REMINDER-30   | 2026-11    | 2026-11#REMINDER-30",
            "REMINDER-7    | 2026-11    | 2026-11#REMINDER-7",
            "SUSPENSION    | CV-2026-12 | CV-2026-12#SUSPENSION",
            "REINSTATEMENT | 2026-05    | 2026-05#REINSTATEMENT",
            "CLOSURE       | 2026-05    | 2026-05#CLOSURE"})
    void actionKeys(String action, String campaignId, String sortKey) {
        Campaign campaign = CALENDAR.byId(campaignId);
        ActionKey key = action.startsWith("REMINDER-")
                ? ActionKey.reminder(PERSON, campaign, Integer.parseInt(action.substring("REMINDER-".length())))
                : ActionKey.of(PERSON, campaign, Action.valueOf(action));
        assertEquals(sortKey, key.sortKey());
        assertEquals(Action.valueOf(action.split("-")[0]), key.kind());
        assertEquals(new ActionKey(PERSON, campaignId, action), key);
    }

    @Test
    void aReminderKeyHasItsDays() {
        assertThrows(IllegalArgumentException.class, () -> ActionKey.of(PERSON, NOV, Action.REMINDER));
        assertThrows(IllegalArgumentException.class, () -> new ActionKey(PERSON, "2026#11", "REQUEST"));
    }
}
