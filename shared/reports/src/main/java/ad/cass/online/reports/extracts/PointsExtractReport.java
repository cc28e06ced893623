package ad.cass.online.reports.extracts;

import ad.cass.online.domain.contributions.ExtractPeriod;
import ad.cass.online.domain.contributions.PointsYear;
import ad.cass.online.domain.extracts.ExtractType;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.reports.Column;
import ad.cass.online.reports.ColumnType;
import ad.cass.online.reports.ReportHeading;
import ad.cass.online.reports.TableReport;
import ad.cass.online.reports.Verification;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The points extract (seed 000 §2.2.1, "Extracte de punts ... el període de l'extracte (tota la vida, l'any anterior o
 * un període específic)"; seeds 001/002, "L'extracte de punts"): the old-age points of each year, oldest first, as
 * CASS keeps them (thousandths, {@code 1.234,567}), and their total.
 *
 * <p>Points are kept per calendar year, so a period in months selects the years it touches: a specific period from
 * 03/2020 to 06/2024 lists 2020 to 2024, whole. The record keeps those years only, whatever it is given.
 *
 * @param years        the person's points, any order; those outside the period are left out
 * @param verification printed on every page when issued as proof; null for none
 * @param language     the person's language, which every fixed word is written in (issue 20)
 */
public record PointsExtractReport(Person person, ExtractPeriod period, Instant issuedAt, List<PointsYear> years,
                                  Verification verification, Language language) implements TableReport {
    /** The columns in Catalan, the portal's first language. */
    public static final List<Column> COLUMNS = columnsIn(Language.CA);

    public PointsExtractReport {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(language, "language");
        int first = period.from() == null ? Integer.MIN_VALUE : period.from().getYear();
        int last = period.to().getYear();
        years = years.stream().filter(y -> y.year() >= first && y.year() <= last)
                .sorted(Comparator.comparingInt(PointsYear::year)).toList();
    }

    /** The extract in Catalan. */
    public PointsExtractReport(Person person, ExtractPeriod period, Instant issuedAt, List<PointsYear> years,
                               Verification verification) {
        this(person, period, issuedAt, years, verification, Language.CA);
    }

    static List<Column> columnsIn(Language language) {
        ExtractTexts texts = ExtractTexts.of(language);
        return List.of(texts.column("points.year", ColumnType.TEXT, 1, false),
                texts.column("points.points", ColumnType.THOUSANDTHS, 1, true));
    }

    @Override
    public ReportHeading heading() {
        ExtractTexts texts = ExtractTexts.of(language);
        return texts.heading(ExtractType.POINTS, person, texts.period(period, covered()), issuedAt, verification, List.of());
    }

    /** The years: "2003 – 2026" (the whole life from the first year with points), "2025" for one. */
    private String covered() {
        int last = period.to().getYear();
        Integer first = period.from() != null ? Integer.valueOf(period.from().getYear())
                : years.isEmpty() ? null : Integer.valueOf(years.get(0).year());
        if (first == null) {
            return null;
        }
        return first == last ? Integer.toString(last) : first + " – " + last;
    }

    @Override
    public List<Column> columns() {
        return columnsIn(language);
    }

    @Override
    public void rows(Consumer<List<Object>> sink) {
        for (PointsYear year : years) {
            sink.accept(List.of(Integer.toString(year.year()), year.pointsThousandths()));
        }
    }
}
