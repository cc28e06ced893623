package ad.cass.online.domain.lifecertificates;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The campaigns' months, deadlines and reminders, from the settings. */
public final class CampaignCalendar {
    private static final String RESIDENT_PREFIX = "CV-";

    private final LifeCertificateSettings settings;

    public CampaignCalendar(LifeCertificateSettings settings) {
        this.settings = settings;
    }

    /** Seed 003 §3.2: "datat en els mesos de Maig i Novembre". */
    public static boolean isCampaignMonth(YearMonth month) {
        return month.getMonth() == Month.MAY || month.getMonth() == Month.NOVEMBER;
    }

    public static boolean isCampaignMonth(LocalDate day) {
        return isCampaignMonth(YearMonth.from(day));
    }

    /** The campaign for pensioners abroad of May or November (seed 003 §3.2); any other month is refused. */
    public Campaign abroad(YearMonth month) {
        if (!isCampaignMonth(month)) {
            throw new IllegalArgumentException("the campaign abroad is in May or November, not " + month);
        }
        return campaign(month.toString(), Campaign.Kind.ABROAD, month);
    }

    /** A resident check opened in {@code month} (seed 003 §3.1: "quan la CASS ho determina", any month). */
    public Campaign residentCheck(YearMonth month) {
        return campaign(RESIDENT_PREFIX + month, Campaign.Kind.RESIDENT_CHECK, month);
    }

    /** The campaign an id names ("2026-11", "CV-2026-12"), as the store keeps it. */
    public Campaign byId(String id) {
        try {
            return id.startsWith(RESIDENT_PREFIX) ? residentCheck(YearMonth.parse(id.substring(RESIDENT_PREFIX.length())))
                    : abroad(YearMonth.parse(id));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a campaign id: " + id, e);
        }
    }

    /** The latest campaign abroad whose month has begun on {@code day}: on 2026-12-01 2026-11, on 2026-04-30 2025-11. */
    public Campaign abroadCampaignOn(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        while (!isCampaignMonth(month)) {
            month = month.minusMonths(1);
        }
        return abroad(month);
    }

    /** The campaigns abroad whose month lies from {@code first} to {@code last}, both included, in order. */
    public List<Campaign> abroadCampaignsBetween(YearMonth first, YearMonth last) {
        List<Campaign> campaigns = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            if (isCampaignMonth(m)) {
                campaigns.add(abroad(m));
            }
        }
        return campaigns;
    }

    /**
     * Decision (issue 21, DOMAIN.md): the deadline is the last day of the month {@code deadlineMonthsAfter} after the
     * campaign month; reminders go that many days before it, dropped when they would fall on or before the opening
     * day (the request itself goes out then).
     */
    private Campaign campaign(String id, Campaign.Kind kind, YearMonth month) {
        LocalDate deadline = month.plusMonths(settings.deadlineMonthsAfter()).atEndOfMonth();
        List<Campaign.Reminder> reminders = new ArrayList<>();
        for (int days : settings.reminderDaysBefore()) { // largest first: the dates come out sorted
            LocalDate on = deadline.minusDays(days);
            if (on.isAfter(month.atDay(1))) {
                reminders.add(new Campaign.Reminder(days, on));
            }
        }
        return new Campaign(id, kind, month, deadline, reminders);
    }
}
