package ad.cass.online.domain.home;

import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.access.DataCategory;
import ad.cass.online.domain.contributions.IncomeMonth;
import ad.cass.online.domain.doctors.DoctorAssignment;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.news.NewsStore;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.domain.procedures.ProcedureStatus;
import ad.cass.online.domain.reimbursements.ReimbursementSheet;
import ad.cass.online.domain.travel.TravelForm;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The home page (posició global, seed 000 §2.1): everything the portal's first page shows, for the profile
 * the person acts as, from one read of the household (the access guard's) and one round trip for the
 * person's records ({@link HomeStore}); the news come from a per-container cache ({@code CachedNews}).
 */
public final class HomeService {
    static final ZoneId ANDORRA = ZoneId.of("Europe/Andorra");

    private final AccessGuard guard;
    private final HomeStore store;
    private final NewsStore news;
    private final int firstRows;
    private final Clock clock;

    /** @param firstRows how many rows of each table the page shows (HOME_FIRST_ROWS) */
    public HomeService(AccessGuard guard, HomeStore store, NewsStore news, int firstRows, Clock clock) {
        this.guard = guard;
        this.store = store;
        this.news = news;
        this.firstRows = firstRows;
        this.clock = clock;
    }

    public Home overview(Principal caller) {
        AccessGuard.Reached reached = guard.reach(caller, DataCategory.PROCEDURES, DataCategory.HEALTH,
                DataCategory.PERSONAL, DataCategory.PROFESSIONAL);
        // seed 000 §1.1: a dependant's professional data is not shown to the holder acting for them: left
        // out of the page (not even read), where a route of its own would answer 403
        boolean professional = reached.subject().mayRead(DataCategory.PROFESSIONAL);
        LocalDate today = LocalDate.now(clock.withZone(ANDORRA));
        // seed 000 §2.1.3: the benefit sheets of the last 12 months
        HomeRecords records = store.read(reached.subject().person(), today.minusMonths(12), professional);

        // seed 000 §2.1.2: pending on the insured person, most recently changed first
        List<Procedure> pending = records.procedures().stream()
                .filter(p -> p.status() == ProcedureStatus.PENDING && (professional || !p.professional()))
                .sorted(Comparator.comparing(Procedure::modifiedAt).reversed())
                .toList();
        List<ReimbursementSheet> sheets = records.recentSheets().stream()
                .sorted(Comparator.comparing(ReimbursementSheet::firstActDate).reversed()
                        .thenComparing(ReimbursementSheet::sheetNumber, Comparator.reverseOrder()))
                .toList();
        return new Home(reached.subject().profile(), reached.subject().fellBack(), reached.person(),
                records.travelForms().stream().filter(f -> f.activeOn(today)).sorted(Comparator.comparing(TravelForm::validTo)).toList(),
                news.shownAt(clock.instant()),
                Home.Rows.of(pending, firstRows),
                Home.Rows.of(sheets, firstRows),
                professional ? Optional.of(latestMonth(records.latestIncome())) : Optional.empty(),
                new Home.DataPanel(records.coverage(), professional ? OptionalLong.of(records.pointsThousandths()) : OptionalLong.empty()),
                records.doctors().stream().filter(d -> d.currentOn(today)).max(Comparator.comparing(DoctorAssignment::from)),
                (int) records.notices().stream().filter(n -> n.unread() && n.activeOn(today)).count());
    }

    /** Seed 000 §2.1.4: the latest month declared, one row per declarant (several employers in one month). */
    static List<IncomeMonth> latestMonth(List<IncomeMonth> recent) {
        return recent.stream().map(IncomeMonth::period).max(Comparator.naturalOrder())
                .map(last -> recent.stream().filter(m -> m.period().equals(last))
                        .sorted(Comparator.comparing(IncomeMonth::declarantName)).toList())
                .orElse(List.of());
    }
}
