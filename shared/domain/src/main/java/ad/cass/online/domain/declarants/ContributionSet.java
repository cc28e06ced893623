package ad.cass.online.domain.declarants;

import ad.cass.online.domain.config.StrictProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The contribution figures in force from {@code effectiveFrom} (issue 22; contribution-parameters.properties, where
 * each figure says whether it is the law or an assumption CASS must confirm). Percentages are percent.
 *
 * @param employed            the employed work's rates by branch (employer and employee shares)
 * @param ownAccount          the own-account rates by branch (all of it the self-employed person's)
 * @param referenceSalaryCents the year's reference salary the own-account bands are a percentage of
 * @param bandsPercent        the own-account bands, in percent of the reference salary, ascending
 * @param dueMonthsAfter      the sheet of month M is due on the last day of month M + this
 */
public record ContributionSet(LocalDate effectiveFrom, List<BranchRate> employed, List<BranchRate> ownAccount,
                              long referenceSalaryCents, List<BigDecimal> bandsPercent, int dueMonthsAfter,
                              Surcharges surcharges) {

    /** One branch's rate: the employer's share and the employee's (the self-employed person's, for own account). */
    public record BranchRate(Branch branch, BigDecimal employerPercent, BigDecimal employeePercent) {
        public BigDecimal totalPercent() {
            return employerPercent.add(employeePercent);
        }
    }

    /** The surcharges (recàrrecs) on a sheet's contribution, in percent. */
    public record Surcharges(BigDecimal lateDeclarationPercent, BigDecimal latePaymentPercent, int latePaymentMonths,
                             BigDecimal latePaymentAfterPercent) {

        /**
         * What a sheet owes on top of its contribution: declared after its due date, the late-declaration surcharge;
         * paid (or, unpaid, looked at) after it, the late-payment one, the higher rate once more than
         * {@code latePaymentMonths} months late. Each is rounded on its own (Money) and they add up.
         *
         * @param declaredOn the day it was declared, or null while it is not
         * @param settledOn  the day it was paid, or today while it is not
         */
        public long cents(long contributionCents, LocalDate dueDate, LocalDate declaredOn, LocalDate settledOn) {
            long surcharge = 0;
            if (declaredOn == null || declaredOn.isAfter(dueDate)) {
                surcharge += Money.percentOf(contributionCents, lateDeclarationPercent);
            }
            if (settledOn.isAfter(dueDate)) {
                BigDecimal rate = settledOn.isAfter(dueDate.plusMonths(latePaymentMonths)) ? latePaymentAfterPercent : latePaymentPercent;
                surcharge += Money.percentOf(contributionCents, rate);
            }
            return surcharge;
        }
    }

    public ContributionSet {
        employed = List.copyOf(employed);
        ownAccount = List.copyOf(ownAccount);
        bandsPercent = bandsPercent.stream().sorted().toList();
        if (dueMonthsAfter < 0 || referenceSalaryCents <= 0 || bandsPercent.isEmpty()) {
            throw new IllegalArgumentException("contribution parameters of " + effectiveFrom + " are not whole");
        }
    }

    /** The last day to declare and pay the sheet of {@code period} (DOMAIN: the month after, by default). */
    public LocalDate dueDate(YearMonth period) {
        return period.plusMonths(dueMonthsAfter).atEndOfMonth();
    }

    /** The monthly base of each own-account band, in cents, ascending: percent × reference salary, to the cent. */
    public List<Long> bandBasesCents() {
        return bandsPercent.stream().map(p -> Money.percentOf(referenceSalaryCents, p)).toList();
    }

    static ContributionSet read(LocalDate date, StrictProperties p) {
        List<BranchRate> employed = List.of(
                new BranchRate(Branch.GENERAL, p.decimal("employed.general.employerPercent"), p.decimal("employed.general.employeePercent")),
                new BranchRate(Branch.RETIREMENT, p.decimal("employed.retirement.employerPercent"),
                        p.decimal("employed.retirement.employeePercent")));
        // own account: all of it is the self-employed person's, shown as the employee's share (no employer)
        List<BranchRate> own = List.of(
                new BranchRate(Branch.GENERAL, BigDecimal.ZERO, p.decimal("ownAccount.generalPercent")),
                new BranchRate(Branch.RETIREMENT, BigDecimal.ZERO, p.decimal("ownAccount.retirementPercent")));
        ContributionSet set = new ContributionSet(date, employed, own, p.decimal("ownAccount.referenceSalaryCents").longValueExact(),
                List.copyOf(p.bands("ownAccount.band").values()), p.integer("dueMonthsAfter"),
                new Surcharges(p.decimal("surcharge.lateDeclarationPercent"), p.decimal("surcharge.latePaymentPercent"),
                        p.integer("surcharge.latePaymentMonths"), p.decimal("surcharge.latePaymentAfterPercent")));
        p.requireAllUsed();
        return set;
    }
}
