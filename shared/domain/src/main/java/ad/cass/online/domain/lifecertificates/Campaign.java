package ad.cass.online.domain.lifecertificates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One round of proof of life: the twice-yearly campaign for pensioners abroad (seed 003 §3.2, id "2026-05",
 * "2026-11") or a resident check (seed 003 §3.1, id "CV-2026-12"). It opens on the first day of its month; the
 * deadline and reminders are configuration (DOMAIN.md). Build them with {@link CampaignCalendar}.
 *
 * @param reminders sorted, each strictly after the opening day (the request goes out that day) and before the deadline
 */
public record Campaign(String id, Kind kind, YearMonth month, LocalDate deadline, List<Reminder> reminders) {

    public enum Kind {
        /** Seed 003 §3.2 "CONTROL FE DE VIDA": everyone who does not reside in Andorra, in May and November. */
        ABROAD,
        /** Seed 003 §3.1 "CONTROL VIVÈNCIA": residents drawn at random when CASS decides. */
        RESIDENT_CHECK
    }

    /** A reminder {@code daysBefore} the deadline, sent on {@code on}. */
    public record Reminder(int daysBefore, LocalDate on) {
    }

    public Campaign {
        if (id == null || kind == null || month == null || deadline == null || reminders == null) {
            throw new IllegalArgumentException("a campaign needs its id, kind, month, deadline and reminders");
        }
        if (deadline.isBefore(month.atDay(1))) {
            throw new IllegalArgumentException("campaign " + id + " ends before it opens");
        }
        reminders = List.copyOf(reminders);
        LocalDate previous = month.atDay(1);
        for (Reminder r : reminders) {
            if (!r.on().isAfter(previous) || !r.on().isBefore(deadline)) {
                throw new IllegalArgumentException("campaign " + id + ": reminders must be sorted, after opening and before the deadline");
            }
            previous = r.on();
        }
    }

    /** The first day of the campaign month: the request goes out and certificates count from then. */
    public LocalDate opensOn() {
        return month.atDay(1);
    }

    public List<LocalDate> reminderDates() {
        return reminders.stream().map(Reminder::on).toList();
    }
}
