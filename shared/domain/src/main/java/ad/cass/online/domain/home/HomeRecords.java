package ad.cass.online.domain.home;

import ad.cass.online.domain.contributions.IncomeMonth;
import ad.cass.online.domain.doctors.DoctorAssignment;
import ad.cass.online.domain.notices.ActiveNotice;
import ad.cass.online.domain.person.Coverage;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.domain.reimbursements.ReimbursementSheet;
import ad.cass.online.domain.travel.TravelForm;
import java.util.List;
import java.util.Optional;

/**
 * What the home page needs of one person's records, read together ({@link HomeStore}). The professional
 * parts are empty when they were not to be read (a dependant's profile).
 */
public record HomeRecords(List<Procedure> procedures, List<ReimbursementSheet> recentSheets, List<IncomeMonth> latestIncome,
                          long pointsThousandths, List<TravelForm> travelForms, List<DoctorAssignment> doctors,
                          List<ActiveNotice> notices, Optional<Coverage> coverage) {
    public HomeRecords {
        procedures = List.copyOf(procedures);
        recentSheets = List.copyOf(recentSheets);
        latestIncome = List.copyOf(latestIncome);
        travelForms = List.copyOf(travelForms);
        doctors = List.copyOf(doctors);
        notices = List.copyOf(notices);
    }
}
