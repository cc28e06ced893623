package ad.cass.online.reports.letters;

import ad.cass.online.domain.person.Coverage;
import ad.cass.online.domain.person.DependantRelation;
import ad.cass.online.domain.person.EmploymentStatus;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.reports.Verification;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The student certificates (seed 001, lines 26-27; seed 002, line 46): "el certificat d'estudiant menor de 25 anys"
 * ({@link Kind#UNDER_25}) certifies that a student is covered by CASS as a dependant (beneficiari) of the insured
 * holder, named with their CASS number (seed 004, line 89: "Majors de 18 i menors de 25 anys, que cursin estudis");
 * "el certificat d'estudiant de 25 a 30 anys" ({@link Kind#FROM_25_TO_30}) that a student of that age is covered in
 * their own right, as a direct insured person.
 *
 * <p>A certificate states only what is true: the constructor refuses a student who is not what the kind certifies, so
 * the caller checks eligibility first and offers the health coverage certificate otherwise.
 *
 * <p>Decisions where the seeds are silent:
 * <ul>
 *   <li>The age is the age on the day of issue (Andorra). UNDER_25 takes 18 to 24 ("majors de 18 i menors de 25");
 *       FROM_25_TO_30 takes 25 to 30, both included, as the title reads.</li>
 *   <li>UNDER_25: the student is an indirect insured person of relation {@code STUDENT_18_TO_25} whose holder is the
 *       given direct insured person. FROM_25_TO_30: a direct insured person whose employment status is
 *       {@code STUDENT}, the only record of their studies CASS keeps here.</li>
 *   <li>Both need coverage {@code COVERED} with the day it began, which the letter gives.</li>
 *   <li>Valid until the first 30 September on or after the day of issue: students renew every year from September
 *       (seed 004, line 107: "cada any a partir del mes de setembre"), so the end of that month closes a school year's
 *       proof; the 25-30 certificate follows the same calendar. Never past the day before the birthday that ends the
 *       kind's ages (25, or 31), when the student stops being what it certifies.</li>
 * </ul>
 *
 * @param holder the direct insured person covering the student for UNDER_25; null for FROM_25_TO_30
 */
public record StudentCertificate(Kind kind, Person student, Person holder, Coverage coverage, Instant issuedAt,
                                 Verification verification, Language language) {
    /** The two certificates, with the ages each is for (both included). */
    public enum Kind {
        UNDER_25(18, 24), FROM_25_TO_30(25, 30);

        private final int youngest;
        private final int oldest;

        Kind(int youngest, int oldest) {
            this.youngest = youngest;
            this.oldest = oldest;
        }
    }

    public StudentCertificate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(language, "language");
        check(kind, student, holder, coverage, CertificateLetter.issueDay(issuedAt));
    }

    /** The certificate of a dependant student under 25, naming {@code holder}. */
    public static StudentCertificate underTwentyFive(Person student, Person holder, Coverage coverage, Instant issuedAt,
                                                     Verification verification, Language language) {
        return new StudentCertificate(Kind.UNDER_25, student, holder, coverage, issuedAt, verification, language);
    }

    /** The certificate of a student aged 25 to 30 covered in their own right. */
    public static StudentCertificate fromTwentyFiveToThirty(Person student, Coverage coverage, Instant issuedAt,
                                                            Verification verification, Language language) {
        return new StudentCertificate(Kind.FROM_25_TO_30, student, null, coverage, issuedAt, verification, language);
    }

    private static void check(Kind kind, Person student, Person holder, Coverage coverage, LocalDate day) {
        int age = student.ageOn(day);
        if (age < kind.youngest || age > kind.oldest) {
            throw new IllegalArgumentException("a student of " + age + " has no " + kind + " certificate");
        }
        if (!student.cassNumber().equals(coverage.subject())) {
            throw new IllegalArgumentException("the coverage of " + coverage.subject() + " is not " + student.cassNumber() + "'s");
        }
        if (coverage.status() != Coverage.Status.COVERED || coverage.since() == null) {
            throw new IllegalArgumentException("a student certificate certifies a coverage in force since a known day");
        }
        if (kind == Kind.UNDER_25) {
            Objects.requireNonNull(holder, "holder: an under-25 certificate names the insured holder");
            if (student.type() != InsuredType.INDIRECT || student.relation() != DependantRelation.STUDENT_18_TO_25
                    || !holder.cassNumber().equals(student.holder()) || holder.type() != InsuredType.DIRECT) {
                throw new IllegalArgumentException("not a student dependant of " + holder.cassNumber());
            }
        } else if (holder != null || student.type() != InsuredType.DIRECT
                || student.employmentStatus() != EmploymentStatus.STUDENT) {
            throw new IllegalArgumentException("not a student insured in their own right");
        }
    }

    /** The student's age on the day of issue, in Andorra. */
    public int age() {
        return student.ageOn(CertificateLetter.issueDay(issuedAt));
    }

    /** The first 30 September on or after the day of issue, or the day before the student outgrows the kind's ages. */
    public LocalDate validUntil() {
        LocalDate day = CertificateLetter.issueDay(issuedAt);
        LocalDate september = LocalDate.of(day.getYear(), Month.SEPTEMBER, 30);
        LocalDate end = day.isAfter(september) ? september.plusYears(1) : september;
        LocalDate outgrown = Person.dayTurning(student.birthDate(), kind.oldest + 1).minusDays(1);
        return end.isAfter(outgrown) ? outgrown : end;
    }

    /** The letter, in {@code language}. */
    public CertificateLetter letter() {
        LetterTexts texts = LetterTexts.of(language);
        Map<String, String> values = new HashMap<>(PersonBlock.names(student));
        values.put("age", Integer.toString(age()));
        values.put("since", LetterTexts.date(coverage.since()));
        if (holder != null) {
            values.put("holderName", holder.fullName());
            values.put("holderCass", holder.cassNumber().value());
        }
        return new CertificateLetter(language, texts.get("title.student." + kind), PersonBlock.of(student, texts),
                List.of(texts.fill("student." + kind, values), texts.get("student." + kind + ".renewal")), issuedAt,
                validUntil(), verification);
    }

    /** Writes the certificate as a PDF to {@code out}, which is left open. */
    public void write(OutputStream out) {
        letter().write(out);
    }
}
