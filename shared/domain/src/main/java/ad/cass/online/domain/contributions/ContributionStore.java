package ad.cass.online.domain.contributions;

import ad.cass.online.domain.person.CassNumber;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

/** A person's declared income and old-age points. Access is checked before calling. */
public interface ContributionStore {
    void saveIncome(List<IncomeMonth> months);

    void savePoints(List<PointsYear> years);

    void saveForeignPeriods(List<ForeignPeriod> periods);

    /** Every month, newest first (the first page's latest months, tests). */
    List<IncomeMonth> income(CassNumber subject);

    /** Newest first. */
    List<PointsYear> points(CassNumber subject);

    /**
     * A page of the months from {@code from} (null: the first there is) to {@code to}, both included, newest first, one
     * entry per month and declarant.
     *
     * @param cursor the {@link IncomePage#next} of the page before; null for the first
     */
    IncomePage income(CassNumber subject, YearMonth from, YearMonth to, int limit, String cursor);

    /** @param next null on the last page */
    record IncomePage(List<IncomeMonth> months, String next) {
        public IncomePage {
            months = List.copyOf(months);
        }
    }

    /** What each declarant declared in {@code month}; empty when none did. */
    List<IncomeMonth> month(CassNumber subject, YearMonth month);

    /**
     * Hands every month from {@code from} (null: the first) to {@code to} to {@code sink}, oldest first, as the store
     * reads it page by page: a whole working life never sits in memory at once.
     */
    void forEachIncome(CassNumber subject, YearMonth from, YearMonth to, Consumer<IncomeMonth> sink);

    /** The first month declared, if any. */
    java.util.Optional<YearMonth> firstMonth(CassNumber subject);

    /** How many distinct months have a declaration (several declarants in one month count once). */
    int contributedMonths(CassNumber subject);

    /** The periods certified by convention countries. */
    List<ForeignPeriod> foreignPeriods(CassNumber subject);
}
