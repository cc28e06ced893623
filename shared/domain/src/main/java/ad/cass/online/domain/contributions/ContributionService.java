package ad.cass.online.domain.contributions;

import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.error.NotFound;
import ad.cass.online.domain.format.CatalanFormat;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.simulations.PensionParameters;
import ad.cass.online.domain.simulations.RetirementCase;
import ad.cass.online.domain.simulations.RetirementOutcome;
import ad.cass.online.domain.simulations.RetirementParameters;
import ad.cass.online.domain.simulations.RetirementSimulator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The income, contribution bases and old-age points of the person the caller acts as (issue 19; seed 000 §2.1.4 and
 * §2.2.1). Professional data: the access guard refuses a dependant's profile (seed 000 §1.1).
 */
public final class ContributionService {
    static final String NOT_A_MONTH = "El mes ha de tenir la forma aaaa-mm.";
    static final String NOTHING_DECLARED = "No hi ha ingressos declarats aquest mes.";

    private final AccessGuard guard;
    private final ContributionStore store;
    private final PensionParameters parameters;
    private final Clock clock;

    public ContributionService(AccessGuard guard, ContributionStore store, PensionParameters parameters, Clock clock) {
        this.guard = guard;
        this.store = store;
        this.parameters = parameters;
        this.clock = clock;
    }

    /**
     * A page of the income table.
     *
     * @param from the first month of the period; for the whole life the first declared (null when none was)
     */
    public record IncomeList(IncomePeriod period, YearMonth from, YearMonth to, List<IncomeMonth> months, String next) {
        public IncomeList {
            months = List.copyOf(months);
        }
    }

    /** Seed 000 §2.1.4: "el nom del declarant, el període, el règim i l'import total brut", newest first. */
    public IncomeList income(Principal caller, IncomePeriod period, int limit, String cursor) {
        CassNumber subject = guard.subject(caller, DataCategory.PROFESSIONAL).person();
        YearMonth current = currentMonth();
        YearMonth first = period.firstMonth(current);
        ContributionStore.IncomePage page = store.income(subject, first, current, limit, cursor);
        YearMonth from = first != null ? first : store.firstMonth(subject).orElse(null);
        return new IncomeList(period, from, current, page.months(), page.next());
    }

    /**
     * Seed 000 §2.1.4, "el detall dels conceptes declarats d'un mes en concret": what each declarant declared that
     * month; a month with nothing declared is not found.
     */
    public List<IncomeMonth> month(Principal caller, String month) {
        YearMonth asked = parseMonth(month);
        CassNumber subject = guard.subject(caller, DataCategory.PROFESSIONAL).person();
        List<IncomeMonth> declared = store.month(subject, asked);
        if (declared.isEmpty()) {
            throw new NotFound(NOTHING_DECLARED);
        }
        return declared;
    }

    /** An income extract ready to write: whose, which months, when, and its months read as they are written. */
    public record IncomeExtract(Person person, ExtractPeriod period, YearMonth from, YearMonth to, Instant issuedAt,
                                Rows rows) {
    }

    /** The months of an extract, oldest first, read from the store page by page while the document is written. */
    @FunctionalInterface
    public interface Rows {
        void forEach(Consumer<IncomeMonth> sink);
    }

    /**
     * Seed 000 §2.1.4, "descarregar la informació ... el període de l'extracte (tota la vida, l'any anterior o un període
     * específic)". Access is decided here, before a byte is written; the months are read while the document is.
     */
    public IncomeExtract extract(Principal caller, String period, String from, String to) {
        ExtractPeriod asked = ExtractPeriod.of(period, from, to, today());
        AccessGuard.Reached reached = guard.reach(caller, DataCategory.PROFESSIONAL);
        CassNumber subject = reached.subject().person();
        YearMonth first = asked.from() != null ? asked.from() : store.firstMonth(subject).orElse(null);
        return new IncomeExtract(reached.person(), asked, first, asked.to(), clock.instant(),
                sink -> store.forEachIncome(subject, asked.from(), asked.to(), sink));
    }

    /** The points of each year, oldest first, and their sum. */
    public record Points(List<PointsYear> years, long totalThousandths) {
        public Points {
            years = List.copyOf(years);
        }
    }

    /** Seed 000 §2.2.1, "els punts de vellesa acumulats": per year and in total, exact in thousandths. */
    public Points points(Principal caller) {
        CassNumber subject = guard.subject(caller, DataCategory.PROFESSIONAL).person();
        return points(subject);
    }

    Points points(CassNumber subject) {
        List<PointsYear> years = store.points(subject).stream().sorted(Comparator.comparingInt(PointsYear::year)).toList();
        return new Points(years, years.stream().mapToLong(PointsYear::pointsThousandths).reduce(0, Math::addExact));
    }

    /**
     * A retirement simulation and what it was made of.
     *
     * @param age             whole years on the day
     * @param andorraMonths   months with a declaration in Andorra
     * @param totalisedMonths months certified by convention countries
     * @param rules           the conditions and point value in force on the day
     */
    public record Retirement(LocalDate simulatedOn, long pointsThousandths, int age, int andorraMonths, int totalisedMonths,
                             RetirementParameters rules, RetirementOutcome outcome) {
    }

    /**
     * Seed 000 §2.2.1, "Simulador de pensions": the pension the points accumulated give today, "sempre que ... s'hagin
     * complert els 65 anys i s'acreditin, com a mínim, 15 anys de cotització a Andorra o com a resultat de totalitzar
     * períodes amb un país de conveni"; the rule is {@link RetirementSimulator}'s.
     */
    public Retirement retirement(Principal caller) {
        AccessGuard.Reached reached = guard.reach(caller, DataCategory.PROFESSIONAL);
        CassNumber subject = reached.subject().person();
        LocalDate today = today();
        long points = points(subject).totalThousandths();
        int andorra = store.contributedMonths(subject);
        int totalised = store.foreignPeriods(subject).stream().mapToInt(ForeignPeriod::months).sum();
        RetirementOutcome outcome = new RetirementSimulator(parameters)
                .simulate(new RetirementCase(reached.person().birthDate(), points, andorra, totalised), today);
        return new Retirement(today, points, reached.person().ageOn(today), andorra, totalised,
                parameters.at(today).retirement(), outcome);
    }

    private YearMonth currentMonth() {
        return YearMonth.from(today());
    }

    private LocalDate today() {
        return clock.instant().atZone(CatalanFormat.ANDORRA).toLocalDate();
    }

    private static YearMonth parseMonth(String month) {
        return ExtractPeriod.yearMonth(month).orElseThrow(() -> new InvalidInput("month", NOT_A_MONTH));
    }
}
