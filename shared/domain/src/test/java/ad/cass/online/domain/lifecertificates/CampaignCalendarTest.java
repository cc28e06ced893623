package ad.cass.online.domain.lifecertificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 003 §3.2 "datat en els mesos de Maig i Novembre"; the deadline and reminders are configuration with issue
 * 21's defaults (DOMAIN.md: "default: the end of the month after the campaign month").
 */
class CampaignCalendarTest {
    static final CampaignCalendar CALENDAR = new CampaignCalendar(LifeCertificateSettings.defaults());

    static CampaignCalendar calendar(int monthsAfter, List<Integer> reminders) {
        LifeCertificateSettings d = LifeCertificateSettings.defaults();
        return new CampaignCalendar(new LifeCertificateSettings(monthsAfter, reminders, d.closeAfterYears(),
                d.maxFileBytes(), d.residentCheckShare(), d.residentCheckSeed()));
    }

    @ParameterizedTest(name = "{0}, deadline {1} months after, reminders {2} -> {3} closes {4}, reminders {5}")
    @CsvSource(delimiter = '|', value = {
            // issue 21 default: the end of the month after the campaign month, reminders 30 and 7 days before it
            "2026-05 | 1 | 30;7    | 2026-05    | 2026-06-30 | 2026-05-31;2026-06-23",
            "2026-11 | 1 | 30;7    | 2026-11    | 2026-12-31 | 2026-12-01;2026-12-24",
            // configuration: two months after
            "2026-11 | 2 | 30;7    | 2026-11    | 2027-01-31 | 2027-01-01;2027-01-24",
            // configuration: the campaign month's own end; 30 days before would fall before the opening, so it goes
            "2026-11 | 0 | 30;7    | 2026-11    | 2026-11-30 | 2026-11-23",
            // more reminders, given in any order, come out by date; one beyond the opening is dropped
            "2026-05 | 1 | 7;60;14 | 2026-05    | 2026-06-30 | 2026-06-16;2026-06-23",
            // seed 003 §3.1: a resident check, any month
            "CV-2026-12 | 1 | 30;7 | 2026-12    | 2027-01-31 | 2027-01-01;2027-01-24",
            "CV-2027-02 | 1 | 30;7 | 2027-02    | 2027-03-31 | 2027-03-01;2027-03-24"})
    void deadlinesAndReminders(String id, int monthsAfter, String reminderDays, YearMonth month, LocalDate deadline,
                               String reminderDates) {
        List<Integer> days = Arrays.stream(reminderDays.split(";")).map(Integer::valueOf).toList();
        Campaign c = calendar(monthsAfter, days).byId(id);
        assertEquals(id, c.id());
        assertEquals(id.startsWith("CV-") ? Campaign.Kind.RESIDENT_CHECK : Campaign.Kind.ABROAD, c.kind());
        assertEquals(month, c.month());
        assertEquals(month.atDay(1), c.opensOn());
        assertEquals(deadline, c.deadline());
        assertEquals(Arrays.stream(reminderDates.split(";")).map(LocalDate::parse).toList(), c.reminderDates());
    }

    @Test
    void theDaysBeforeGoWithEachReminder() {
        Campaign nov = CALENDAR.abroad(YearMonth.of(2026, 11));
        assertEquals(List.of(new Campaign.Reminder(30, LocalDate.of(2026, 12, 1)), new Campaign.Reminder(7, LocalDate.of(2026, 12, 24))),
                nov.reminders());
        assertEquals("CV-2026-12", CALENDAR.residentCheck(YearMonth.of(2026, 12)).id());
    }

    @ParameterizedTest(name = "on {0} the campaign abroad under way is {1}")
    @CsvSource(delimiter = '|', value = {
            // seed 003 §3.2: May and November; the latest whose month has begun
            "2026-05-01 | 2026-05",
            "2026-05-31 | 2026-05",
            "2026-10-31 | 2026-05",
            "2026-11-01 | 2026-11",
            "2026-12-01 | 2026-11",
            "2027-01-15 | 2026-11",
            "2026-04-30 | 2025-11",
            "2026-01-01 | 2025-11"})
    void campaignOnADay(LocalDate day, String id) {
        assertEquals(id, CALENDAR.abroadCampaignOn(day).id());
    }

    @ParameterizedTest(name = "{0} is a campaign month abroad: {1}")
    @CsvSource(delimiter = '|', value = {
            // seed 003 §3.2 "Maig i Novembre"
            "2026-05 | true", "2026-11 | true", "2026-04 | false", "2026-06 | false", "2026-10 | false", "2026-12 | false",
            "2027-01 | false"})
    void campaignMonths(YearMonth month, boolean campaign) {
        assertEquals(campaign, CampaignCalendar.isCampaignMonth(month));
        assertEquals(campaign, CampaignCalendar.isCampaignMonth(month.atEndOfMonth()));
        if (!campaign) {
            assertThrows(IllegalArgumentException.class, () -> CALENDAR.abroad(month));
        } else {
            assertEquals(month, CALENDAR.abroad(month).month());
        }
    }

    @Test
    void campaignsBetweenTwoMonths() {
        assertEquals(List.of("2026-05", "2026-11", "2027-05"), CALENDAR.abroadCampaignsBetween(YearMonth.of(2026, 5),
                YearMonth.of(2027, 10)).stream().map(Campaign::id).toList());
        assertEquals(List.of(), CALENDAR.abroadCampaignsBetween(YearMonth.of(2026, 6), YearMonth.of(2026, 10)));
    }

    @ParameterizedTest(name = "\"{0}\" is no campaign id")
    @CsvSource({"2026-04", "CV-2026-13", "2026/05", "X-2026-05"})
    void badIds(String id) {
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.byId(id));
    }
}
