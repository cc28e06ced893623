package ad.cass.online.domain.lifecertificates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * What the seed leaves to CASS (DOMAIN.md, proof of life: "the campaign's deadline and any grace period are
 * configuration"), with the defaults of issue 21.
 *
 * @param deadlineMonthsAfter the deadline is the last day of the month this many months after the campaign month
 *                            (default 1: the end of the month after it; 0 would be the campaign month's own end)
 * @param reminderDaysBefore  reminders this many days before the deadline (default 30 and 7), largest first
 * @param closeAfterYears     a suspended pension is closed for good this many years after its last payment (default 3,
 *                            CASS's public page in DOMAIN.md "Outside the seeds")
 * @param maxFileBytes        the largest certificate file (issue 21: 10 MB, as the uploads of issue 18)
 * @param residentCheckShare  the fraction of resident pensioners a resident check draws, 0 to 1 (seed 003 §3.1
 *                            "control aleatori quan la CASS ho determina": the share is CASS's call)
 * @param residentCheckSeed   makes the draw reproducible (issue 21)
 */
public record LifeCertificateSettings(int deadlineMonthsAfter, List<Integer> reminderDaysBefore, int closeAfterYears,
                                      long maxFileBytes, double residentCheckShare, long residentCheckSeed) {
    public static final String DEADLINE_MONTHS_AFTER = "LIFE_CERT_DEADLINE_MONTHS_AFTER";
    public static final String REMINDER_DAYS = "LIFE_CERT_REMINDER_DAYS";
    public static final String CLOSE_AFTER_YEARS = "LIFE_CERT_CLOSE_AFTER_YEARS";
    public static final String RESIDENT_CHECK_SHARE = "LIFE_CERT_RESIDENT_CHECK_SHARE";
    public static final String RESIDENT_CHECK_SEED = "LIFE_CERT_RESIDENT_CHECK_SEED";

    public static final long TEN_MB = 10L * 1024 * 1024;

    public LifeCertificateSettings {
        // a deadline a year or more away would run into the next campaign (they are six months apart)
        if (deadlineMonthsAfter < 0 || deadlineMonthsAfter > 5) {
            throw new IllegalArgumentException("deadlineMonthsAfter must be 0 to 5, was " + deadlineMonthsAfter);
        }
        if (reminderDaysBefore == null || reminderDaysBefore.stream().anyMatch(d -> d == null || d < 1)) {
            throw new IllegalArgumentException("reminderDaysBefore must be whole days of 1 or more: " + reminderDaysBefore);
        }
        if (reminderDaysBefore.stream().distinct().count() != reminderDaysBefore.size()) {
            throw new IllegalArgumentException("reminderDaysBefore repeats a day: " + reminderDaysBefore);
        }
        List<Integer> sorted = new ArrayList<>(reminderDaysBefore);
        sorted.sort(Comparator.reverseOrder()); // the earliest reminder first
        reminderDaysBefore = List.copyOf(sorted);
        if (closeAfterYears < 1) {
            throw new IllegalArgumentException("closeAfterYears must be 1 or more, was " + closeAfterYears);
        }
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
        }
        if (!(residentCheckShare >= 0 && residentCheckShare <= 1)) { // also refuses NaN
            throw new IllegalArgumentException("residentCheckShare must be between 0 and 1, was " + residentCheckShare);
        }
    }

    /** Issue 21's defaults: end of the month after the campaign, reminders 30 and 7 days before, closed after 3 years. */
    public static LifeCertificateSettings defaults() {
        return new LifeCertificateSettings(1, List.of(30, 7), 3, TEN_MB, 0.05, 0L);
    }

    /**
     * The settings from named values (the AWS side passes {@code System::getenv}): a missing or blank value keeps the
     * default; a bad one stops the start with the variable's name, so a typo is never run as a silent default.
     */
    public static LifeCertificateSettings fromValues(Function<String, String> lookup) {
        LifeCertificateSettings d = defaults();
        // every constraint is on one value alone, so each is checked as it is read and the message names its variable
        int deadline = read(lookup, DEADLINE_MONTHS_AFTER, d.deadlineMonthsAfter(), Integer::parseInt,
                v -> d.with(v, d.reminderDaysBefore(), d.closeAfterYears(), d.residentCheckShare(), d.residentCheckSeed()));
        List<Integer> reminders = read(lookup, REMINDER_DAYS, d.reminderDaysBefore(), LifeCertificateSettings::days,
                v -> d.with(d.deadlineMonthsAfter(), v, d.closeAfterYears(), d.residentCheckShare(), d.residentCheckSeed()));
        int close = read(lookup, CLOSE_AFTER_YEARS, d.closeAfterYears(), Integer::parseInt,
                v -> d.with(d.deadlineMonthsAfter(), d.reminderDaysBefore(), v, d.residentCheckShare(), d.residentCheckSeed()));
        double share = read(lookup, RESIDENT_CHECK_SHARE, d.residentCheckShare(), Double::parseDouble,
                v -> d.with(d.deadlineMonthsAfter(), d.reminderDaysBefore(), d.closeAfterYears(), v, d.residentCheckSeed()));
        long seed = read(lookup, RESIDENT_CHECK_SEED, d.residentCheckSeed(), Long::parseLong, v -> d);
        return d.with(deadline, reminders, close, share, seed);
    }

    private LifeCertificateSettings with(int deadline, List<Integer> reminders, int close, double share, long seed) {
        return new LifeCertificateSettings(deadline, reminders, close, maxFileBytes, share, seed);
    }

    private static <T> T read(Function<String, String> lookup, String name, T fallback, Function<String, T> parse,
                              Function<T, LifeCertificateSettings> check) {
        String value = lookup.apply(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            T parsed = parse.apply(value.trim());
            check.apply(parsed);
            return parsed;
        } catch (IllegalArgumentException e) { // NumberFormatException is one
            throw new IllegalArgumentException(name + " is not valid: \"" + value + "\" (" + e.getMessage() + ")", e);
        }
    }

    /** "30,7" → [30, 7]; "" would be no reminder at all, so "none" says that on purpose. */
    private static List<Integer> days(String value) {
        if (value.equalsIgnoreCase("none")) {
            return List.of();
        }
        List<Integer> days = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            days.add(Integer.parseInt(part.trim()));
        }
        return days;
    }
}
