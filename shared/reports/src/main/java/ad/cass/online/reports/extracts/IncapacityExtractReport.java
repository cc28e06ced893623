package ad.cass.online.reports.extracts;

import ad.cass.online.domain.benefits.SickLeave;
import ad.cass.online.domain.contributions.ExtractPeriod;
import ad.cass.online.domain.extracts.ExtractType;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.reports.Column;
import ad.cass.online.reports.ColumnType;
import ad.cass.online.reports.Field;
import ad.cass.online.reports.ReportHeading;
import ad.cass.online.reports.TableReport;
import ad.cass.online.reports.Verification;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The extract of temporary-incapacity extensions and payments (seeds 001/002, "L'extracte de pròrrogues i pagaments
 * d'incapacitat temporal"): for each sick leave that overlaps the period, oldest first, a row for the leave (its
 * declarant, its start, its end or "En curs"), a row per medical extension (issued on, until) and a row per payment
 * (the days paid, who paid them, the daily amount and the amount). Only payment rows carry days and amounts, so the
 * totals are what was paid; the heading splits them by payer.
 *
 * <p>A leave is listed whole, every extension and payment, once any of its days falls in the period: a leave that
 * began in December is read with the payments of January that belong to it.
 *
 * @param leaves       the person's sick leaves, any order; those outside the period are left out
 * @param verification printed on every page when issued as proof; null for none
 * @param language     the person's language, which every fixed word is written in (issue 20)
 */
public record IncapacityExtractReport(Person person, ExtractPeriod period, Instant issuedAt, List<SickLeave> leaves,
                                      Verification verification, Language language) implements TableReport {
    /** The columns in Catalan, the portal's first language. */
    public static final List<Column> COLUMNS = columnsIn(Language.CA);

    public IncapacityExtractReport {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(language, "language");
        Span span = Span.of(period, issuedAt);
        leaves = leaves.stream().filter(leave -> span.daysWithin(leave.start(), leave.end() == null ? span.last() : leave.end()) > 0)
                .sorted(Comparator.comparing(SickLeave::start).thenComparing(SickLeave::id)).toList();
    }

    /** The extract in Catalan. */
    public IncapacityExtractReport(Person person, ExtractPeriod period, Instant issuedAt, List<SickLeave> leaves,
                                   Verification verification) {
        this(person, period, issuedAt, leaves, verification, Language.CA);
    }

    static List<Column> columnsIn(Language language) {
        ExtractTexts texts = ExtractTexts.of(language);
        return List.of(
                texts.column("incapacity.leave", ColumnType.TEXT, 1.3f, false),
                texts.column("incapacity.movement", ColumnType.TEXT, 1, false),
                texts.column("incapacity.declarantOrPayer", ColumnType.TEXT, 3, false),
                texts.column("incapacity.date", ColumnType.DATE, 1, false),
                texts.column("incapacity.until", ColumnType.DATE, 1, false, "incapacity.ongoing"),
                texts.column("column.days", ColumnType.INTEGER, 0.6f, true),
                texts.column("incapacity.dailyAmount", ColumnType.MONEY, 1.1f, false),
                texts.column("incapacity.amount", ColumnType.MONEY, 1.2f, true));
    }

    @Override
    public ReportHeading heading() {
        YearMonth first = period.from() != null ? period.from()
                : leaves.isEmpty() ? null : YearMonth.from(leaves.get(0).start());
        String covered = period.kind() == ExtractPeriod.Kind.LAST_YEAR ? Integer.toString(period.to().getYear())
                : first == null ? null : ExtractTexts.months(first, period.to());
        ExtractTexts texts = ExtractTexts.of(language);
        return texts.heading(ExtractType.INCAPACITY, person, texts.period(period, covered), issuedAt, verification,
                List.of(paidBy(texts, SickLeave.Payer.EMPLOYER), paidBy(texts, SickLeave.Payer.CASS)));
    }

    /** "Pagat per la CASS: 12 dies · 1.525,33 €" over the leaves listed. */
    private Field paidBy(ExtractTexts texts, SickLeave.Payer payer) {
        long days = leaves.stream().mapToLong(leave -> leave.daysPaidBy(payer)).sum();
        long cents = leaves.stream().mapToLong(leave -> leave.amountPaidBy(payer)).reduce(0, Math::addExact);
        // one day is singular everywhere; French counts none as singular too ("0 jour")
        boolean one = days == 1 || days == 0 && language == Language.FR;
        String count = texts.fill(one ? "incapacity.days.one" : "incapacity.days.other",
                Map.of("days", CatalanFormat.integer(days)));
        return new Field(texts.get("incapacity.paidBy." + payer), count + " · " + CatalanFormat.money(cents));
    }

    @Override
    public List<Column> columns() {
        return columnsIn(language);
    }

    @Override
    public void rows(Consumer<List<Object>> sink) {
        ExtractTexts texts = ExtractTexts.of(language);
        String leaveRow = texts.get("incapacity.row.LEAVE");
        String extensionRow = texts.get("incapacity.row.EXTENSION");
        String paymentRow = texts.get("incapacity.row.PAYMENT");
        for (SickLeave leave : leaves) {
            sink.accept(Arrays.asList(leave.id(), leaveRow, declarant(leave), leave.start(), leave.end(), null, null, null));
            for (SickLeave.Extension extension : leave.extensions()) {
                sink.accept(Arrays.asList(leave.id(), extensionRow, null, extension.issuedOn(), extension.until(), null,
                        null, null));
            }
            for (SickLeave.DaysPaid paid : leave.payments()) {
                sink.accept(Arrays.asList(leave.id(), paymentRow, texts.get("incapacity.payer." + paid.payer()), paid.from(),
                        paid.to(), paid.days(), paid.dailyCents(), paid.amountCents()));
            }
        }
    }

    /** "501877 · Supermercats Pyrénées SA", or whichever of the two the leave has. */
    private static String declarant(SickLeave leave) {
        if (leave.declarantNumber() == null || leave.declarantName() == null) {
            return leave.declarantNumber() != null ? leave.declarantNumber() : leave.declarantName();
        }
        return leave.declarantNumber() + " · " + leave.declarantName();
    }
}
