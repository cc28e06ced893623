package ad.cass.online.reports.extracts;

import ad.cass.online.domain.contributions.ExtractPeriod;
import ad.cass.online.domain.contributions.Scheme;
import ad.cass.online.domain.person.Person;
import ad.cass.online.reports.Field;
import ad.cass.online.reports.ReportHeading;
import ad.cass.online.reports.ReportLabels;
import ad.cass.online.reports.Verification;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The words every extract shares: its heading, its period as the form names it (seed 000 §2.1.4), the schemes. */
final class ExtractTexts {
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    static final String PERIOD = "Període";

    private ExtractTexts() {
    }

    /** Whose (the person), which period, when, the verification; {@code more} after the period. */
    static ReportHeading heading(String title, Person person, String period, Instant issuedAt, Verification verification,
                                 List<Field> more) {
        List<Field> filters = new ArrayList<>();
        filters.add(new Field(PERIOD, period));
        filters.addAll(more);
        return new ReportHeading(title, ReportHeading.subjectOf(person), filters, issuedAt, ReportLabels.CATALAN,
                verification);
    }

    /**
     * The period as the form offers it, "tota la vida, l'any anterior o un període específic" (seed 000 §2.1.4 and
     * §2.2.1), with what it covers in brackets: "Tota la vida (09/2003 – 11/2026)", "L'any anterior (2025)",
     * "Període específic (01/2024 – 06/2024)".
     *
     * @param covered what the extract covers, in the document's unit (months, years); null to say nothing more
     */
    static String period(ExtractPeriod period, String covered) {
        String kind = switch (period.kind()) {
            case LIFE -> "Tota la vida";
            case LAST_YEAR -> "L'any anterior";
            case CUSTOM -> "Període específic";
        };
        return covered == null ? kind : kind + " (" + covered + ")";
    }

    /** {@code 09/2003 – 11/2026}; a whole life with nothing in it has no first month: {@code – – 11/2026}. */
    static String months(YearMonth from, YearMonth to) {
        return (from == null ? "–" : MONTH.format(from)) + " – " + MONTH.format(to);
    }

    /** Règim in Catalan, as the seed names the column (seed 000 §2.1.4). */
    static String scheme(Scheme scheme) {
        return switch (scheme) {
            case GENERAL -> "General";
            case SELF_EMPLOYED -> "Compte propi";
            case HOUSEHOLD -> "Servei domèstic";
        };
    }
}
