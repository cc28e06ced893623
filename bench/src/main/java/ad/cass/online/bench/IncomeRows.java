package ad.cass.online.bench;

import ad.cass.online.domain.contributions.ContributionService;
import ad.cass.online.domain.contributions.ExtractPeriod;
import ad.cass.online.domain.contributions.IncomeConcept;
import ad.cass.online.domain.contributions.IncomeMonth;
import ad.cass.online.domain.contributions.Scheme;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.EmploymentStatus;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.person.Person;
import ad.cass.online.reports.Column;
import ad.cass.online.reports.TableReport;
import ad.cass.online.reports.extracts.IncomeExtractReport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A whole working life of income for ExportBench (issue 19): from 12/1986 on, three declarants every month, each with
 * 9 to 11 concept lines; 40 years make 14,400 rows. Made month by month on demand, as the store hands them over page
 * by page, so the source holds no more than one month.
 */
final class IncomeRows {
    static final YearMonth FIRST = YearMonth.of(1986, 12);
    static final int DECLARANTS = 3;
    /** 40 years × 12 months × 3 declarants × 10 lines on average. */
    static final int WHOLE_LIFE = 40 * 12 * DECLARANTS * 10;
    static final List<Column> COLUMNS = IncomeExtractReport.COLUMNS;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final CassNumber WHO = CassNumber.of("123456A");
    private static final String[][] DECLARANT = {{"501877", "Supermercats Pyrénées SA"}, {"507342", "Banc Andorrà de Crèdit SA"},
        {"820451", "Núria Puig Riba - Disseny gràfic"}};
    private static final String[] CONCEPTS = {"Salari base", "Plus d'antiguitat", "Hores extraordinàries", "Paga extraordinària",
        "Plus de conveni", "Nocturnitat", "Comissions", "Incentius", "Plus de transport", "Dietes", "Plus de responsabilitat"};

    private IncomeRows() {
    }

    static String describe(int rows) {
        return "from " + MONTH.format(FIRST) + ", " + DECLARANTS + " declarants a month, 9 to 11 concepts each";
    }

    /** The months, oldest first, until {@code rows} concept lines are made (the last month may add a few more). */
    static void months(int rows, Consumer<IncomeMonth> sink) {
        long made = 0;
        for (YearMonth m = FIRST; made < rows; m = m.plusMonths(1)) {
            int index = (int) (m.getYear() * 12L + m.getMonthValue() - (FIRST.getYear() * 12L + FIRST.getMonthValue()));
            for (int d = 0; d < DECLARANTS && made < rows; d++) {
                int count = 9 + (index + d) % 3;
                List<IncomeConcept> concepts = new ArrayList<>(count);
                for (int c = 0; c < count; c++) {
                    concepts.add(new IncomeConcept("C" + c, CONCEPTS[c], 40_00 + ((index * 31L + d * 17L + c * 7L) % 2_000_00)));
                }
                for (int c = 0; c < count; c++) {
                    ExportBench.probeAt(made + c);
                }
                made += count;
                sink.accept(new IncomeMonth(WHO, m, DECLARANT[d][0], DECLARANT[d][1], d == 2 ? Scheme.SELF_EMPLOYED : Scheme.GENERAL,
                        concepts));
            }
        }
    }

    /** The function's own document: IncomeExtractReport over an extract whose months come from {@link #months}. */
    static TableReport report(int rows) {
        Person person = new Person(WHO, "Anna", "Puig Font", LocalDate.of(1968, 4, 2), InsuredType.DIRECT, null, null,
                EmploymentStatus.EMPLOYED, "anna.puig@example.ad", "AD", List.of());
        return new IncomeExtractReport(new ContributionService.IncomeExtract(person, new ExtractPeriod(ExtractPeriod.Kind.LIFE, null,
                YearMonth.of(2026, 11)), FIRST, YearMonth.of(2026, 11), Instant.parse("2026-11-30T18:05:00Z"), sink -> months(rows, sink)), null);
    }

    /** The same rows as IncomeExtractReport makes them, for the raw writers. */
    static Consumer<Consumer<List<Object>>> rows(int rows) {
        return sink -> months(rows, month -> {
            String period = MONTH.format(month.period());
            for (IncomeConcept concept : month.concepts()) {
                sink.accept(Arrays.asList(period, month.declarantNumber(), month.declarantName(), month.scheme().name(),
                        concept.label(), concept.amountCents()));
            }
        });
    }
}
