package ad.cass.online.domain.declarants;

import java.math.BigDecimal;
import java.util.List;

/**
 * A month's contribution on a base (issue 22): per branch, the employer's and the employee's shares, each rounded
 * on its own (Money: half up, to the cent). Employed work (an employer's or a household's employee) splits each branch
 * between the two; own account is all the self-employed person's, shown as the employee's share.
 */
public final class ContributionCalculator {
    private ContributionCalculator() {
    }

    /** One branch's shares, with the rates they come from. */
    public record Share(Branch branch, BigDecimal employerPercent, BigDecimal employeePercent, long employerCents,
                        long employeeCents) {
        public long totalCents() {
            return Math.addExact(employerCents, employeeCents);
        }
    }

    /** What one base owes: its shares by branch, and their sums (sums of rounded shares, so they add up). */
    public record Contribution(long baseCents, List<Share> shares) {
        public Contribution {
            shares = List.copyOf(shares);
        }

        public long employerCents() {
            return shares.stream().mapToLong(Share::employerCents).reduce(0, Math::addExact);
        }

        public long employeeCents() {
            return shares.stream().mapToLong(Share::employeeCents).reduce(0, Math::addExact);
        }

        public long totalCents() {
            return Math.addExact(employerCents(), employeeCents());
        }
    }

    /** Employed work: an employee's gross salary for the month, every concept together. */
    public static Contribution employed(long baseCents, ContributionSet set) {
        return on(baseCents, set.employed());
    }

    /** Own account: the base the self-employed person chose for the year. */
    public static Contribution ownAccount(long baseCents, ContributionSet set) {
        return on(baseCents, set.ownAccount());
    }

    private static Contribution on(long baseCents, List<ContributionSet.BranchRate> rates) {
        if (baseCents < 0) {
            throw new IllegalArgumentException("a base is never negative");
        }
        return new Contribution(baseCents, rates.stream().map(r -> new Share(r.branch(), r.employerPercent(), r.employeePercent(),
                Money.percentOf(baseCents, r.employerPercent()), Money.percentOf(baseCents, r.employeePercent()))).toList());
    }
}
