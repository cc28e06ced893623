package ad.cass.online.domain.home;

import ad.cass.online.domain.contributions.IncomeMonth;
import ad.cass.online.domain.doctors.DoctorAssignment;
import ad.cass.online.domain.news.NewsItem;
import ad.cass.online.domain.person.Coverage;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.person.Profile;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.domain.reimbursements.ReimbursementSheet;
import ad.cass.online.domain.travel.TravelForm;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The home page, posició global (seed 000 §2.1), for the profile the person acts as. The professional parts
 * ({@code latestIncome}, the points of {@code data}) are empty for a dependant's profile: left out, not refused.
 */
public record Home(Profile profile, boolean fellBack, Person person, List<TravelForm> travelForms, List<NewsItem> news,
                   Rows<Procedure> pendingProcedures, Rows<ReimbursementSheet> recentSheets,
                   Optional<List<IncomeMonth>> latestIncome, DataPanel data, Optional<DoctorAssignment> referringDoctor,
                   int activeNotices) {

    /** The first rows of a table and how many there are in all (the portal links to the whole list). */
    public record Rows<T>(int total, List<T> first) {
        public Rows {
            first = List.copyOf(first);
        }

        static <T> Rows<T> of(List<T> all, int firstRows) {
            return new Rows<>(all.size(), all.subList(0, Math.min(firstRows, all.size())));
        }
    }

    /** Seed 000 §2.2.1, Dades: health cover, insured type, employment status and old-age points. */
    public record DataPanel(Optional<Coverage> coverage, OptionalLong pointsThousandths) {
    }
}
