package ad.cass.online.aws.contributions;

import ad.cass.online.aws.http.MoneyView;
import ad.cass.online.aws.http.PointsView;
import ad.cass.online.domain.contributions.ContributionService;
import ad.cass.online.domain.contributions.IncomeConcept;
import ad.cass.online.domain.contributions.IncomeMonth;
import ad.cass.online.domain.contributions.PointsYear;
import ad.cass.online.domain.simulations.CncOutcome;
import ad.cass.online.domain.simulations.InvalidityOutcome;
import ad.cass.online.domain.simulations.RetirementOutcome;
import java.util.List;

/** Income and points as JSON (openapi.yaml: IncomePage, IncomeMonth, OldAgePoints). Money in cents and text. */
public final class ContributionViews {
    private ContributionViews() {
    }

    /** A row of the income table (seed 000 §2.1.4): declarant, period, scheme, gross. */
    public record IncomeRow(String period, String declarantNumber, String declarantName, String scheme, MoneyView gross) {
        static IncomeRow of(IncomeMonth m) {
            return new IncomeRow(m.period().toString(), m.declarantNumber(), m.declarantName(), m.scheme().name(),
                    MoneyView.of(m.grossCents()));
        }
    }

    /** @param next the sealed cursor of the next page; null on the last */
    public record IncomePage(String period, String from, String to, List<IncomeRow> months, String next) {
        public static IncomePage of(ContributionService.IncomeList list, String next) {
            return new IncomePage(list.period().code(), list.from() == null ? null : list.from().toString(), list.to().toString(),
                    list.months().stream().map(IncomeRow::of).toList(), next);
        }
    }

    public record Concept(String code, String label, MoneyView amount) {
        static Concept of(IncomeConcept c) {
            return new Concept(c.code(), c.label(), MoneyView.of(c.amountCents()));
        }
    }

    public record Declared(String declarantNumber, String declarantName, String scheme, List<Concept> concepts, MoneyView gross) {
        static Declared of(IncomeMonth m) {
            return new Declared(m.declarantNumber(), m.declarantName(), m.scheme().name(),
                    m.concepts().stream().map(Concept::of).toList(), MoneyView.of(m.grossCents()));
        }
    }

    /** One month's declarations, per declarant, and the month's total. */
    public record MonthView(String period, List<Declared> declarants, MoneyView total) {
        public static MonthView of(List<IncomeMonth> declared) {
            return new MonthView(declared.get(0).period().toString(), declared.stream().map(Declared::of).toList(),
                    MoneyView.of(declared.stream().mapToLong(IncomeMonth::grossCents).reduce(0, Math::addExact)));
        }
    }

    public record YearPoints(int year, PointsView points) {
        static YearPoints of(PointsYear p) {
            return new YearPoints(p.year(), PointsView.of(p.pointsThousandths()));
        }
    }

    public record PointsSummary(List<YearPoints> years, PointsView total) {
        public static PointsSummary of(ContributionService.Points points) {
            return new PointsSummary(points.years().stream().map(YearPoints::of).toList(), PointsView.of(points.totalThousandths()));
        }
    }

    public record AgeView(int years, int required, boolean met, int missingYears) {
    }

    public record ContributionsView(int andorraMonths, int totalisedMonths, int requiredMonths, boolean met, int missingMonths) {
    }

    /** GET /pension-simulation (openapi.yaml, RetirementSimulation); {@code holdsOn} absent when the conditions hold. */
    public record RetirementView(String simulatedOn, PointsView points, MoneyView monthlyPension, boolean conditionsMet,
                                 AgeView age, ContributionsView contributions, String holdsOn, List<String> reasons) {
        public static RetirementView of(ContributionService.Retirement r) {
            RetirementOutcome o = r.outcome();
            return new RetirementView(r.simulatedOn().toString(), PointsView.of(r.pointsThousandths()), MoneyView.of(o.amountCents()),
                    o.conditionsMet(), new AgeView(r.age(), r.rules().age(), o.ageConditionMet(), o.missingYearsOfAge()),
                    new ContributionsView(r.andorraMonths(), r.totalisedMonths(), r.rules().minimumContributionMonths(),
                            o.contributionConditionMet(), o.missingMonthsOfContribution()),
                    o.holdsOn() == null ? null : o.holdsOn().toString(), o.reasons());
        }
    }

    /** POST /simulations/invalidity (openapi.yaml, InvalidityOutcome). */
    public record InvalidityView(String outcome, long amountCents, MoneyView amount, List<String> reasons) {
        public static InvalidityView of(InvalidityOutcome o) {
            return new InvalidityView(o.outcome().name(), o.amountCents(), MoneyView.of(o.amountCents()), o.reasons());
        }
    }

    /** POST /simulations/cnc (openapi.yaml, CncOutcome). */
    public record CncView(long amountCents, MoneyView amount, List<String> reasons) {
        public static CncView of(CncOutcome o) {
            return new CncView(o.amountCents(), MoneyView.of(o.amountCents()), o.reasons());
        }
    }
}
