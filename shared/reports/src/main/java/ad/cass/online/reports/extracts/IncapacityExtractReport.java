package ad.cass.online.reports.extracts;

import ad.cass.online.domain.benefits.SickLeave;
import ad.cass.online.domain.contributions.ExtractPeriod;
import ad.cass.online.domain.extracts.ExtractType;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.person.Person;
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
 */
public record IncapacityExtractReport(Person person, ExtractPeriod period, Instant issuedAt, List<SickLeave> leaves,
                                      Verification verification) implements TableReport {
    static final String LEAVE = "Baixa";
    static final String EXTENSION = "Pròrroga";
    static final String PAYMENT = "Pagament";
    public static final List<Column> COLUMNS = List.of(
            new Column("Baixa", ColumnType.TEXT, 1.3f, false),
            new Column("Moviment", ColumnType.TEXT, 1, false),
            new Column("Declarant o pagador", ColumnType.TEXT, 3, false),
            new Column("Data", ColumnType.DATE, 1, false),
            new Column("Fins a", ColumnType.DATE, 1, false, "En curs"),
            new Column("Dies", ColumnType.INTEGER, 0.6f, true),
            new Column("Import diari", ColumnType.MONEY, 1.1f, false),
            new Column("Import", ColumnType.MONEY, 1.2f, true));

    public IncapacityExtractReport {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Span span = Span.of(period, issuedAt);
        leaves = leaves.stream().filter(leave -> span.daysWithin(leave.start(), leave.end() == null ? span.last() : leave.end()) > 0)
                .sorted(Comparator.comparing(SickLeave::start).thenComparing(SickLeave::id)).toList();
    }

    @Override
    public ReportHeading heading() {
        YearMonth first = period.from() != null ? period.from()
                : leaves.isEmpty() ? null : YearMonth.from(leaves.get(0).start());
        String covered = period.kind() == ExtractPeriod.Kind.LAST_YEAR ? Integer.toString(period.to().getYear())
                : first == null ? null : ExtractTexts.months(first, period.to());
        return ExtractTexts.heading(ExtractType.INCAPACITY.title(), person, ExtractTexts.period(period, covered), issuedAt,
                verification, List.of(paidBy("Pagat per l'empresa", SickLeave.Payer.EMPLOYER),
                        paidBy("Pagat per la CASS", SickLeave.Payer.CASS)));
    }

    /** "12 dies · 1.525,33 €" over the leaves listed. */
    private Field paidBy(String label, SickLeave.Payer payer) {
        long days = leaves.stream().mapToLong(leave -> leave.daysPaidBy(payer)).sum();
        long cents = leaves.stream().mapToLong(leave -> leave.amountPaidBy(payer)).reduce(0, Math::addExact);
        return new Field(label, CatalanFormat.integer(days) + (days == 1 ? " dia · " : " dies · ") + CatalanFormat.money(cents));
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public void rows(Consumer<List<Object>> sink) {
        for (SickLeave leave : leaves) {
            sink.accept(Arrays.asList(leave.id(), LEAVE, declarant(leave), leave.start(), leave.end(), null, null, null));
            for (SickLeave.Extension extension : leave.extensions()) {
                sink.accept(Arrays.asList(leave.id(), EXTENSION, null, extension.issuedOn(), extension.until(), null, null,
                        null));
            }
            for (SickLeave.DaysPaid paid : leave.payments()) {
                sink.accept(Arrays.asList(leave.id(), PAYMENT, payer(paid.payer()), paid.from(), paid.to(), paid.days(),
                        paid.dailyCents(), paid.amountCents()));
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

    static String payer(SickLeave.Payer payer) {
        return switch (payer) {
            case EMPLOYER -> "Empresa";
            case CASS -> "CASS";
        };
    }
}
