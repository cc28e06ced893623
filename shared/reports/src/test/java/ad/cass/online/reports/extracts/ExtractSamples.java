package ad.cass.online.reports.extracts;

import ad.cass.online.domain.contributions.ExtractPeriod;
import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.EmploymentStatus;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.person.Person;
import ad.cass.online.reports.Verification;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

/** Whose extracts the tests write, when, and how they are checked. */
final class ExtractSamples {
    static final CassNumber WHO = CassNumber.of("123456A");
    static final Person PERSON = new Person(WHO, "Anna", "Puig Font", LocalDate.of(1968, 4, 2), InsuredType.DIRECT, null,
            null, EmploymentStatus.EMPLOYED, "anna.puig@example.ad", "AD", List.of());
    /** 19:05 in Andorra, 30 November 2026 */
    static final Instant ISSUED = Instant.parse("2026-11-30T18:05:00Z");
    static final LocalDate ISSUE_DAY = LocalDate.of(2026, 11, 30);
    static final String CODE = "7KQ2-M9XD-4H1T-ZC8P";
    static final Verification VERIFICATION = new Verification(CODE, URI.create("https://www.cass.ad/verificacio/" + CODE));
    static final ExtractPeriod LIFE = new ExtractPeriod(ExtractPeriod.Kind.LIFE, null, YearMonth.of(2026, 11));
    static final ExtractPeriod LAST_YEAR = new ExtractPeriod(ExtractPeriod.Kind.LAST_YEAR, YearMonth.of(2025, 1),
            YearMonth.of(2025, 12));

    private ExtractSamples() {
    }

    static ExtractPeriod custom(String from, String to) {
        return new ExtractPeriod(ExtractPeriod.Kind.CUSTOM, YearMonth.parse(from), YearMonth.parse(to));
    }

    /** The lines of every page that start with {@code prefix}, in order. */
    static List<String> lines(List<String> pages, String prefix) {
        return String.join("\n", pages).lines().filter(line -> line.startsWith(prefix)).collect(Collectors.toList());
    }
}
