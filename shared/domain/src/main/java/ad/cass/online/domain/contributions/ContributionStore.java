package ad.cass.online.domain.contributions;

import ad.cass.online.domain.person.CassNumber;
import java.util.List;

/** A person's declared income and old-age points. Reads are per person, newest first; access is checked before calling. */
public interface ContributionStore {
    void saveIncome(List<IncomeMonth> months);

    void savePoints(List<PointsYear> years);

    List<IncomeMonth> income(CassNumber subject);

    List<PointsYear> points(CassNumber subject);
}
