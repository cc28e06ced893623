package ad.cass.online.aws.home;

import ad.cass.online.aws.http.MoneyView;
import ad.cass.online.aws.http.PointsView;
import ad.cass.online.aws.person.ProfileView;
import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.contributions.IncomeMonth;
import ad.cass.online.domain.doctors.DoctorAssignment;
import ad.cass.online.domain.home.Home;
import ad.cass.online.domain.news.NewsItem;
import ad.cass.online.domain.person.Coverage;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.domain.reimbursements.ReimbursementSheet;
import ad.cass.online.domain.travel.TravelForm;
import java.util.List;

/**
 * GET /home as JSON (openapi.yaml, Home). Dates ISO 8601 for programs; money both as integer cents and as
 * the Catalan text the portal shows ({@code 1.525,33 €}). A part left out (a dependant's professional data)
 * is absent, not null.
 */
public record HomeView(ProfileView profile, String notice, PersonSummary person, List<TravelFormView> travelForms,
                       List<NewsView> news, Rows<ProcedureRow> pendingProcedures, Rows<SheetRow> reimbursements,
                       List<IncomeRow> latestIncome, DataPanel data, DoctorView referringDoctor, int activeNotices) {

    public static HomeView of(Home h, String language) {
        Person p = h.person();
        return new HomeView(ProfileView.of(h.profile()), h.fellBack() ? AccessGuard.FELL_BACK : null,
                new PersonSummary(p.cassNumber().value(), p.givenName(), p.familyName()),
                h.travelForms().stream().map(TravelFormView::of).toList(),
                h.news().stream().map(n -> NewsView.of(n, language)).toList(),
                new Rows<>(h.pendingProcedures().total(), h.pendingProcedures().first().stream().map(ProcedureRow::of).toList()),
                new Rows<>(h.recentSheets().total(), h.recentSheets().first().stream().map(SheetRow::of).toList()),
                h.latestIncome().map(rows -> rows.stream().map(IncomeRow::of).toList()).orElse(null),
                new DataPanel(h.data().coverage().map(CoverageView::of).orElse(null), p.type().name(), p.employmentStatus().name(),
                        h.data().pointsThousandths().isPresent() ? PointsView.of(h.data().pointsThousandths().getAsLong()) : null),
                h.referringDoctor().map(DoctorView::of).orElse(null),
                h.activeNotices());
    }

    public record PersonSummary(String cassNumber, String givenName, String familyName) {
    }

    public record Rows<T>(int total, List<T> first) {
    }

    public record TravelFormView(String id, String country, String validFrom, String validTo) {
        static TravelFormView of(TravelForm f) {
            return new TravelFormView(f.id(), f.country(), f.validFrom().toString(), f.validTo().toString());
        }
    }

    public record NewsView(String id, String title, String summary, String publishedAt, String link) {
        static NewsView of(NewsItem n, String language) {
            return new NewsView(n.id(), n.title(language), n.summary(language), n.publishAt().toString(), n.link());
        }
    }

    public record ProcedureRow(String code, String type, String startDate, String modifiedAt, String status) {
        static ProcedureRow of(Procedure p) {
            return new ProcedureRow(p.code(), p.type(), p.startDate().toString(), p.modifiedAt().toString(), p.status().name());
        }
    }

    public record SheetRow(String sheetNumber, String firstActDate, String provider, MoneyView paid, MoneyView reimbursed,
                           String payee, String status) {
        static SheetRow of(ReimbursementSheet s) {
            return new SheetRow(s.sheetNumber(), s.firstActDate().toString(), s.provider(), MoneyView.of(s.paidCents()),
                    MoneyView.of(s.reimbursedCents()), s.payee().name(), s.status().name());
        }
    }

    public record IncomeRow(String declarantNumber, String declarantName, String period, String scheme, MoneyView gross) {
        static IncomeRow of(IncomeMonth m) {
            return new IncomeRow(m.declarantNumber(), m.declarantName(), m.period().toString(), m.scheme().name(),
                    MoneyView.of(m.grossCents()));
        }
    }

    public record CoverageView(String status, String since) {
        static CoverageView of(Coverage c) {
            return new CoverageView(c.status().name(), c.since().toString());
        }
    }

    public record DataPanel(CoverageView coverage, String insuredType, String employmentStatus, PointsView oldAgePoints) {
    }

    public record DoctorView(String id, String name, String speciality, String since) {
        static DoctorView of(DoctorAssignment d) {
            return new DoctorView(d.doctorId(), d.doctorName(), d.speciality(), d.from().toString());
        }
    }
}
