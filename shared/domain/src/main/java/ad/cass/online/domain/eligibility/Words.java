package ad.cass.online.domain.eligibility;

import ad.cass.online.domain.format.CatalanFormat;
import java.time.LocalDate;
import java.util.Locale;

/**
 * How the reasons write for the person, Catalan style: dates {@code dd/MM/yyyy} with the article elided before a
 * day said with a vowel, as the seed writes it ("des de l'01/01/2022", "des del 02/01/2023": u, onze).
 */
final class Words {
    private Words() {
    }

    /** A sentence from a {@link String#format} pattern, with digits the same whatever the machine's locale. */
    static String say(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /** "l'01/01/2022", "el 02/01/2023". */
    static String el(LocalDate day) {
        return (elided(day) ? "l'" : "el ") + CatalanFormat.date(day);
    }

    /** "de l'01/01/2022", "del 02/01/2023". */
    static String del(LocalDate day) {
        return (elided(day) ? "de l'" : "del ") + CatalanFormat.date(day);
    }

    /** "a l'01/01/2022", "al 02/01/2023". */
    static String al(LocalDate day) {
        return (elided(day) ? "a l'" : "al ") + CatalanFormat.date(day);
    }

    /** "33 %". */
    static String percent(int percent) {
        return CatalanFormat.percent(percent * 10L);
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static boolean elided(LocalDate day) {
        return day.getDayOfMonth() == 1 || day.getDayOfMonth() == 11;
    }
}
