package ad.cass.online.reports.letters;

import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Coverage;
import ad.cass.online.domain.person.DependantRelation;
import ad.cass.online.domain.person.EmploymentStatus;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.person.Person;
import ad.cass.online.reports.Readback;
import ad.cass.online.reports.Verification;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Whose certificates the tests write, when, and how they are read back. */
final class LetterSamples {
    /** 19:05 in Andorra, 30 November 2026 */
    static final Instant ISSUED = Instant.parse("2026-11-30T18:05:00Z");
    static final LocalDate VALID_UNTIL = LocalDate.of(2026, 12, 31);
    static final String CODE = "7KQ2-M9XD-4H1T-ZC8P";
    static final URI URL = URI.create("https://www.cass.ad/verificacio/" + CODE);
    static final Verification VERIFICATION = new Verification(CODE, URL);

    static final Person ANNA = new Person(CassNumber.of("123456A"), "Anna", "Puig Font", LocalDate.of(1968, 4, 2),
            InsuredType.DIRECT, null, null, EmploymentStatus.EMPLOYED, "anna.puig@example.ad", "AD", List.of());
    static final Person JORDI = new Person(CassNumber.of("100001A"), "Jordi", "Vidal Pujol", LocalDate.of(1974, 6, 3),
            InsuredType.DIRECT, null, null, EmploymentStatus.EMPLOYED, "jordi.vidal@example.ad", "AD", List.of());
    /** 20 on the day of issue, Jordi's dependant as a student (seed 004, line 89) */
    static final Person LAIA = new Person(CassNumber.of("100003C"), "Laia", "Vidal Serra", LocalDate.of(2006, 2, 11),
            InsuredType.INDIRECT, JORDI.cassNumber(), DependantRelation.STUDENT_18_TO_25, EmploymentStatus.STUDENT,
            "laia.vidal@example.ad", "AD", List.of());
    /** 27 on the day of issue, insured in his own right as a student */
    static final Person MARC = new Person(CassNumber.of("200004D"), "Marc", "Soler Riba", LocalDate.of(1999, 5, 20),
            InsuredType.DIRECT, null, null, EmploymentStatus.STUDENT, "marc.soler@example.ad", "AD", List.of());

    private LetterSamples() {
    }

    static Coverage covered(Person person, LocalDate since) {
        return new Coverage(person.cassNumber(), Coverage.Status.COVERED, since);
    }

    static byte[] pdf(CertificateLetter letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        letter.write(out);
        return out.toByteArray();
    }

    /** Each page's text with every run of white space, line ends included, as one space: sentences wrap. */
    static List<String> pages(byte[] pdf) {
        return Readback.pages(pdf).stream().map(page -> page.replaceAll("\\s+", " ")).toList();
    }
}
