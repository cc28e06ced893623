package ad.cass.online.reports.extracts;

import ad.cass.online.domain.contributions.EmploymentPeriod;
import ad.cass.online.domain.contributions.ExtractPeriod;
import ad.cass.online.domain.extracts.ExtractType;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.reports.Column;
import ad.cass.online.reports.ColumnType;
import ad.cass.online.reports.ReportHeading;
import ad.cass.online.reports.TableReport;
import ad.cass.online.reports.Verification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The working-life report (seeds 001/002, "L'informe de vida laboral"; seed 000 §2.2.1, "historial laboral"): each
 * period of registration with a declarant, oldest first, with its scheme, its dates ("Actualment" while it lasts) and
 * its days within the report's period, totalled.
 *
 * <p>The days count both ends, within the period asked and never past the day of issue (an open period counts to that
 * day). Two declarants at once (two part-time jobs) count twice in the total, which is the sum of the rows: the seeds
 * give no rule to merge them, and the rows show why. No total in years, months and days: not asked for.
 *
 * @param periods      the person's periods of registration, any order; those outside the period are left out
 * @param verification printed on every page when issued as proof; null for none
 * @param language     the person's language, which every fixed word is written in (issue 20)
 */
public record WorkingLifeReport(Person person, ExtractPeriod period, Instant issuedAt, List<EmploymentPeriod> periods,
                                Verification verification, Language language) implements TableReport {
    /** The columns in Catalan, the portal's first language. */
    public static final List<Column> COLUMNS = columnsIn(Language.CA);

    public WorkingLifeReport {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(language, "language");
        Span span = Span.of(period, issuedAt);
        periods = periods.stream().filter(p -> days(span, p) > 0)
                .sorted(Comparator.comparing(EmploymentPeriod::from).thenComparing(EmploymentPeriod::declarantNumber))
                .toList();
    }

    /** The report in Catalan. */
    public WorkingLifeReport(Person person, ExtractPeriod period, Instant issuedAt, List<EmploymentPeriod> periods,
                             Verification verification) {
        this(person, period, issuedAt, periods, verification, Language.CA);
    }

    static List<Column> columnsIn(Language language) {
        ExtractTexts texts = ExtractTexts.of(language);
        return List.of(
                texts.column("column.declarantNumber", ColumnType.TEXT, 1.1f, false),
                texts.column("column.declarant", ColumnType.TEXT, 3, false),
                texts.column("column.scheme", ColumnType.TEXT, 1.3f, false),
                texts.column("workingLife.from", ColumnType.DATE, 1, false),
                texts.column("workingLife.to", ColumnType.DATE, 1, false, "workingLife.current"),
                texts.column("column.days", ColumnType.INTEGER, 0.8f, true));
    }

    /** The days of {@code p} within the span, an open period to the day of issue. */
    static long days(Span span, EmploymentPeriod p) {
        return span.daysWithin(p.from(), p.to() == null ? span.last() : p.to());
    }

    @Override
    public ReportHeading heading() {
        YearMonth first = period.from() != null ? period.from()
                : periods.isEmpty() ? null : YearMonth.from(periods.get(0).from());
        String covered = period.kind() == ExtractPeriod.Kind.LAST_YEAR ? Integer.toString(period.to().getYear())
                : first == null ? null : ExtractTexts.months(first, period.to());
        ExtractTexts texts = ExtractTexts.of(language);
        return texts.heading(ExtractType.WORKING_LIFE, person, texts.period(period, covered), issuedAt, verification,
                List.of());
    }

    @Override
    public List<Column> columns() {
        return columnsIn(language);
    }

    @Override
    public void rows(Consumer<List<Object>> sink) {
        Span span = Span.of(period, issuedAt);
        ExtractTexts texts = ExtractTexts.of(language);
        for (EmploymentPeriod p : periods) {
            LocalDate to = p.to(); // null: "Actualment"
            sink.accept(Arrays.asList(p.declarantNumber(), p.declarantName(), texts.scheme(p.scheme()), p.from(),
                    to, days(span, p)));
        }
    }
}
