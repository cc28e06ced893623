package ad.cass.online.domain.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.access.AccessGuard;
import ad.cass.online.domain.contributions.IncomeConcept;
import ad.cass.online.domain.contributions.IncomeMonth;
import ad.cass.online.domain.contributions.Scheme;
import ad.cass.online.domain.identity.AuthMethod;
import ad.cass.online.domain.identity.Principal;
import ad.cass.online.domain.news.NewsItem;
import ad.cass.online.domain.news.NewsStore;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.DependantRelation;
import ad.cass.online.domain.person.EmploymentStatus;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.procedures.Procedure;
import ad.cass.online.domain.procedures.ProcedureStatus;
import ad.cass.online.domain.testing.InMemoryAccessLog;
import ad.cass.online.domain.testing.InMemoryPersonStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The home page's rules (seed 000 §2.1.2–§2.1.4, §1.1), on fakes of its ports. */
class HomeServiceTest {
    static final CassNumber JORDI = CassNumber.of("100001A");
    static final CassNumber LAIA = CassNumber.of("100003C");

    final InMemoryPersonStore people = new InMemoryPersonStore();
    final List<String> reads = new ArrayList<>();
    HomeRecords records = new HomeRecords(List.of(), List.of(), List.of(), 0, List.of(), List.of(), List.of(), Optional.empty());

    HomeServiceTest() {
        people.save(new Person(JORDI, "Jordi", "Vidal Font", LocalDate.of(1981, 3, 14), InsuredType.DIRECT, null, null,
                EmploymentStatus.EMPLOYED, null, "AD", List.of()));
        people.save(new Person(LAIA, "Laia", "Vidal Serra", LocalDate.of(2006, 2, 11), InsuredType.INDIRECT, JORDI,
                DependantRelation.STUDENT_18_TO_25, EmploymentStatus.STUDENT, null, "AD", List.of()));
    }

    Home home(String profileId, Instant now, int firstRows) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        HomeStore store = (subject, sheetsSince, professional) -> {
            reads.add(subject.value() + " since " + sheetsSince + (professional ? " with" : " without") + " professional");
            return records;
        };
        NewsStore news = new NewsStore() {
            @Override
            public List<NewsItem> shownAt(Instant at) {
                return List.of();
            }

            @Override
            public void publish(NewsItem item) {
            }
        };
        return new HomeService(new AccessGuard(people, new InMemoryAccessLog(), clock), store, news, firstRows, clock)
                .overview(new Principal(JORDI, profileId, "s", AuthMethod.PIN));
    }

    static Procedure procedure(String code, int day, ProcedureStatus status, boolean professional) {
        return new Procedure(JORDI, code, "Tràmit", LocalDate.of(2026, 4, day), Instant.parse("2026-04-01T10:00:00Z").plusSeconds(day * 3600L),
                status, professional, List.of());
    }

    /** §2.1.3: the benefit sheets of the last 12 months, counted from today in Andorra. */
    @ParameterizedTest(name = "at {0} the sheets since {1}")
    @CsvSource({"2026-11-30T10:00:00Z, 2025-11-30", "2026-11-30T23:30:00Z, 2025-12-01", "2024-02-29T12:00:00Z, 2023-02-28"})
    void theSheetsAreThoseOfTheLastTwelveMonths(String now, String since) {
        home("own:100001A", Instant.parse(now), 5);
        assertEquals(List.of("100001A since " + since + " with professional"), reads);
    }

    /** §2.1.2: pending on the person, most recently changed first, the first rows and how many in all. */
    @ParameterizedTest(name = "{0} rows of 4 pending: {1}")
    @CsvSource({"5, P4 P3 P2 P1", "2, P4 P3", "1, P4"})
    void thePendingProceduresMostRecentlyChangedFirst(int firstRows, String codes) {
        records = new HomeRecords(List.of(procedure("P1", 1, ProcedureStatus.PENDING, false), procedure("P3", 3, ProcedureStatus.PENDING, false),
                procedure("P2", 2, ProcedureStatus.PENDING, true), procedure("P4", 4, ProcedureStatus.PENDING, false),
                procedure("F", 9, ProcedureStatus.FINISHED, false)), List.of(), List.of(), 0, List.of(), List.of(), List.of(), Optional.empty());
        Home home = home("own:100001A", Instant.parse("2026-11-30T10:00:00Z"), firstRows);
        assertEquals(4, home.pendingProcedures().total());
        assertEquals(List.of(codes.split(" ")), home.pendingProcedures().first().stream().map(Procedure::code).toList());
    }

    /** §1.1: acting for a dependant, the professional parts are left out, and not even read. */
    @Test
    void aDependantsProfessionalDataIsNeitherShownNorRead() {
        records = new HomeRecords(List.of(procedure("P1", 1, ProcedureStatus.PENDING, false), procedure("P2", 2, ProcedureStatus.PENDING, true)),
                List.of(), List.of(), 0, List.of(), List.of(), List.of(), Optional.empty());
        Home home = home("dependant:100003C", Instant.parse("2026-11-30T10:00:00Z"), 5);
        assertEquals(List.of("100003C since 2025-11-30 without professional"), reads);
        assertFalse(home.latestIncome().isPresent());
        assertFalse(home.data().pointsThousandths().isPresent());
        assertEquals(List.of("P1"), home.pendingProcedures().first().stream().map(Procedure::code).toList());
    }

    /** §2.1.4: the latest month declared, one row per declarant, whatever months the store read. */
    @Test
    void theLatestMonthOneRowPerDeclarant() {
        List<IncomeMonth> recent = List.of(income("2026-10", "B"), income("2026-09", "A"), income("2026-10", "A"), income("2026-08", "C"));
        assertEquals(List.of("A", "B"), HomeService.latestMonth(recent).stream().map(IncomeMonth::declarantName).toList());
        assertTrue(HomeService.latestMonth(List.of()).isEmpty());
    }

    static IncomeMonth income(String period, String declarant) {
        return new IncomeMonth(JORDI, YearMonth.parse(period), "D" + declarant, declarant, Scheme.GENERAL,
                List.of(new IncomeConcept("SB", "Salari base", 100_00)));
    }
}
