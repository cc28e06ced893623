package ad.cass.online.reports.extracts;

import ad.cass.online.domain.contributions.ExtractPeriod;
import ad.cass.online.domain.format.CatalanFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The days an extract covers: from the first day of its first month (none for the whole life) to the last day of its
 * last month, and never past the day it is issued (Andorra), since nothing after that has happened yet.
 *
 * @param first null for the whole working life
 */
record Span(LocalDate first, LocalDate last) {
    Span {
        Objects.requireNonNull(last, "last");
    }

    static Span of(ExtractPeriod period, Instant issuedAt) {
        LocalDate issued = issueDay(issuedAt);
        LocalDate end = period.to().atEndOfMonth();
        return new Span(period.from() == null ? null : period.from().atDay(1), end.isAfter(issued) ? issued : end);
    }

    static LocalDate issueDay(Instant issuedAt) {
        return issuedAt.atZone(CatalanFormat.ANDORRA).toLocalDate();
    }

    /** The days of {@code from}–{@code to} (both included) within the span; 0 when they do not meet. */
    long daysWithin(LocalDate from, LocalDate to) {
        LocalDate start = first != null && from.isBefore(first) ? first : from;
        LocalDate end = to.isAfter(last) ? last : to;
        return end.isBefore(start) ? 0 : ChronoUnit.DAYS.between(start, end) + 1;
    }
}
