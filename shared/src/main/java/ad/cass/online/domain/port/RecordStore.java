package ad.cass.online.domain.port;

import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.records.IncomeMonth;
import ad.cass.online.domain.records.PointsYear;
import ad.cass.online.domain.records.Procedure;
import ad.cass.online.domain.records.ReimbursementSheet;
import java.util.List;

/** A person's history at CASS. Reads are per person, newest first; access is checked before calling. */
public interface RecordStore {
    void saveProcedures(List<Procedure> procedures);

    void saveReimbursements(List<ReimbursementSheet> sheets);

    void saveIncome(List<IncomeMonth> months);

    void savePoints(List<PointsYear> years);

    List<Procedure> procedures(CassNumber subject);

    List<ReimbursementSheet> reimbursements(CassNumber subject);

    List<IncomeMonth> income(CassNumber subject);

    List<PointsYear> points(CassNumber subject);
}
