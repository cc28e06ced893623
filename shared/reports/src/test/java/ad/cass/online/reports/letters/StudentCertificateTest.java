package ad.cass.online.reports.letters;

import static ad.cass.online.reports.letters.LetterSamples.ISSUED;
import static ad.cass.online.reports.letters.LetterSamples.JORDI;
import static ad.cass.online.reports.letters.LetterSamples.LAIA;
import static ad.cass.online.reports.letters.LetterSamples.MARC;
import static ad.cass.online.reports.letters.LetterSamples.VERIFICATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Coverage;
import ad.cass.online.domain.person.DependantRelation;
import ad.cass.online.domain.person.EmploymentStatus;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.person.Person;
import ad.cass.online.domain.settings.Language;
import ad.cass.online.reports.Readback;
import ad.cass.online.reports.ReportLabels;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * "El certificat d'estudiant menor de 25 anys" and "el certificat d'estudiant de 25 a 30 anys" (seed 001, lines 26-27;
 * seed 002, line 46); students over 18 and under 25 as dependants (seed 004, line 89), renewed every September (seed
 * 004, line 107).
 */
class StudentCertificateTest {
    static final Coverage LAIA_COVERED = LetterSamples.covered(LAIA, LocalDate.of(2024, 9, 1));
    static final Coverage MARC_COVERED = LetterSamples.covered(MARC, LocalDate.of(2025, 10, 1));

    static StudentCertificate laia(Language language) {
        return StudentCertificate.underTwentyFive(LAIA, JORDI, LAIA_COVERED, ISSUED, VERIFICATION, language);
    }

    static StudentCertificate marc(Language language) {
        return StudentCertificate.fromTwentyFiveToThirty(MARC, MARC_COVERED, ISSUED, VERIFICATION, language);
    }

    static String page(StudentCertificate certificate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        certificate.write(out);
        List<String> pages = LetterSamples.pages(out.toByteArray());
        assertEquals(1, pages.size());
        return pages.get(0);
    }

    /** The dependant's: her age on the day of issue (20), the holder by name and CASS number, valid to 30 September. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CA | Certificat d'estudiant menor de 25 anys    | Laia Vidal Serra, amb número CASS 100003C, de 20 anys, consta com a estudiant i té cobertura sanitària de la CASS des de l'01/09/2024 com a persona beneficiària de la persona assegurada titular Jordi Vidal Pujol, amb número CASS 100001A. | Andorra la Vella, 30 de novembre de 2026 | Vàlid fins al 30/09/2027",
        "ES | Certificado de estudiante menor de 25 años | Laia Vidal Serra, con número CASS 100003C, de 20 años, consta como estudiante y tiene cobertura sanitaria de la CASS desde el 01/09/2024 como persona beneficiaria de la persona asegurada titular Jordi Vidal Pujol, con número CASS 100001A. | Andorra la Vella, 30 de noviembre de 2026 | Válido hasta el 30/09/2027",
        "FR | Certificat d'étudiant de moins de 25 ans   | Laia Vidal Serra, numéro CASS 100003C, 20 ans, a le statut d'étudiant et bénéficie de la couverture santé de la CASS depuis le 01/09/2024 en tant qu'ayant droit de la personne assurée titulaire Jordi Vidal Pujol, numéro CASS 100001A. | Andorre-la-Vieille, le 30 novembre 2026 | Valable jusqu'au 30/09/2027",
        "EN | Certificate of student under 25           | Laia Vidal Serra, CASS number 100003C, aged 20, is registered as a student and has had health coverage from CASS since 01/09/2024 as a dependant of the insured person Jordi Vidal Pujol, CASS number 100001A. | Andorra la Vella, 30 November 2026 | Valid until 30/09/2027"})
    void underTwentyFive(Language language, String title, String certified, String placeAndDate, String validUntil) {
        String page = page(laia(language));
        for (String expected : List.of(title, certified, placeAndDate, validUntil, "11/02/2006",
                ReportLabels.of(language).verificationCode() + ": " + LetterSamples.CODE)) {
            assertTrue(page.contains(expected), language + " lacks «" + expected + "»: " + page);
        }
    }

    /** In his own right: no holder; 27 on the day of issue. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CA | Certificat d'estudiant de 25 a 30 anys    | Marc Soler Riba, amb número CASS 200004D, de 27 anys, consta com a estudiant de 25 a 30 anys i té cobertura sanitària de la CASS des de l'01/10/2025 com a persona assegurada directa, pel seu propi dret. | Vàlid fins al 30/09/2027",
        "ES | Certificado de estudiante de 25 a 30 años | Marc Soler Riba, con número CASS 200004D, de 27 años, consta como estudiante de 25 a 30 años y tiene cobertura sanitaria de la CASS desde el 01/10/2025 como persona asegurada directa, por derecho propio. | Válido hasta el 30/09/2027",
        "FR | Certificat d'étudiant de 25 à 30 ans      | Marc Soler Riba, numéro CASS 200004D, 27 ans, a le statut d'étudiant de 25 à 30 ans et bénéficie de la couverture santé de la CASS depuis le 01/10/2025 en tant que personne assurée à titre direct, de son propre droit. | Valable jusqu'au 30/09/2027",
        "EN | Certificate of student aged 25 to 30      | Marc Soler Riba, CASS number 200004D, aged 27, is registered as a student aged 25 to 30 and has had health coverage from CASS since 01/10/2025 as a direct insured person in their own right. | Valid until 30/09/2027"})
    void fromTwentyFiveToThirty(Language language, String title, String certified, String validUntil) {
        String page = page(marc(language));
        for (String expected : List.of(title, certified, validUntil, "20/05/1999")) {
            assertTrue(page.contains(expected), language + " lacks «" + expected + "»: " + page);
        }
        assertFalse(page.contains("Jordi"), "no holder");
    }

    /** The QR code of both, read from the rendered page as a phone would. */
    @ParameterizedTest
    @EnumSource(StudentCertificate.Kind.class)
    void theQrCodeIsTheVerificationUrl(StudentCertificate.Kind kind) {
        StudentCertificate certificate = kind == StudentCertificate.Kind.UNDER_25 ? laia(Language.CA) : marc(Language.CA);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        certificate.write(out);
        assertEquals(Optional.of(LetterSamples.URL.toString()), Readback.qr(Readback.render(out.toByteArray(), 0, 200)));
    }

    /**
     * Valid until the first 30 September on or after the day of issue in Andorra (seed 004, line 107: renewed "cada any
     * a partir del mes de setembre"), or the day before the student outgrows the certificate's ages.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2006-02-11 | 2026-11-30T18:05:00Z | 2027-09-30",
        "2006-02-11 | 2027-03-01T10:00:00Z | 2027-09-30",
        "2006-02-11 | 2027-09-30T21:30:00Z | 2027-09-30", // 23:30 in Andorra, still the 30th
        "2006-02-11 | 2027-09-30T22:30:00Z | 2028-09-30", // 00:30 on 1 October in Andorra
        "2002-03-10 | 2026-11-30T18:05:00Z | 2027-03-09"}) // 24, 25 on 10 March 2027: a dependant student no more
    void validUntil(LocalDate birth, Instant issued, LocalDate expected) {
        Person student = new Person(LAIA.cassNumber(), "Laia", "Vidal Serra", birth, InsuredType.INDIRECT,
                JORDI.cassNumber(), DependantRelation.STUDENT_18_TO_25, EmploymentStatus.STUDENT, null, "AD", List.of());
        assertEquals(expected, StudentCertificate.underTwentyFive(student, JORDI, LAIA_COVERED, issued, VERIFICATION,
                Language.CA).validUntil());
    }

    @Test
    void thirtyIsTheLastYearOfTheSecond() {
        Person thirty = withBirth(MARC, LocalDate.of(1996, 1, 15)); // 30 on 30/11/2026, 31 on 15/01/2027
        StudentCertificate certificate = StudentCertificate.fromTwentyFiveToThirty(thirty, MARC_COVERED, ISSUED,
                VERIFICATION, Language.CA);
        assertEquals(30, certificate.age());
        assertEquals(LocalDate.of(2027, 1, 14), certificate.validUntil());
        Person older = withBirth(MARC, LocalDate.of(1995, 11, 30)); // 31 that day
        assertThrows(IllegalArgumentException.class, () -> StudentCertificate.fromTwentyFiveToThirty(older,
                MARC_COVERED, ISSUED, VERIFICATION, Language.CA));
    }

    /** A certificate states only what is true: who is not what the kind certifies gets none. */
    @Test
    void whoIsNotWhatItCertifiesGetsNone() {
        Person twentyFive = withBirth(LAIA, LocalDate.of(2001, 11, 30)); // 25 on the day of issue
        Person seventeen = withBirth(LAIA, LocalDate.of(2009, 12, 1));
        Person otherHolder = new Person(CassNumber.of("555555E"), "Pere", "Mas", LocalDate.of(1970, 1, 1),
                InsuredType.DIRECT, null, null, EmploymentStatus.EMPLOYED, null, "AD", List.of());
        Person child = new Person(LAIA.cassNumber(), "Laia", "Vidal Serra", LAIA.birthDate(), InsuredType.INDIRECT,
                JORDI.cassNumber(), DependantRelation.CHILD_OF_SEPARATED_PARENTS, EmploymentStatus.STUDENT, null, "AD",
                List.of());
        Person working = new Person(MARC.cassNumber(), "Marc", "Soler Riba", MARC.birthDate(), InsuredType.DIRECT, null,
                null, EmploymentStatus.EMPLOYED, null, "AD", List.of());
        List<Runnable> refused = List.of(
                () -> StudentCertificate.underTwentyFive(twentyFive, JORDI, LAIA_COVERED, ISSUED, VERIFICATION, Language.CA),
                () -> StudentCertificate.underTwentyFive(seventeen, JORDI, LAIA_COVERED, ISSUED, VERIFICATION, Language.CA),
                () -> StudentCertificate.underTwentyFive(LAIA, otherHolder, LAIA_COVERED, ISSUED, VERIFICATION, Language.CA),
                () -> StudentCertificate.underTwentyFive(child, JORDI, LAIA_COVERED, ISSUED, VERIFICATION, Language.CA),
                () -> StudentCertificate.underTwentyFive(LAIA, JORDI, new Coverage(LAIA.cassNumber(),
                        Coverage.Status.SUSPENDED, LocalDate.of(2026, 10, 1)), ISSUED, VERIFICATION, Language.CA),
                () -> StudentCertificate.underTwentyFive(LAIA, JORDI, MARC_COVERED, ISSUED, VERIFICATION, Language.CA),
                () -> StudentCertificate.fromTwentyFiveToThirty(working, MARC_COVERED, ISSUED, VERIFICATION, Language.CA),
                () -> StudentCertificate.fromTwentyFiveToThirty(LAIA, LAIA_COVERED, ISSUED, VERIFICATION, Language.CA),
                () -> new StudentCertificate(StudentCertificate.Kind.FROM_25_TO_30, MARC, JORDI, MARC_COVERED, ISSUED,
                        VERIFICATION, Language.CA));
        for (int i = 0; i < refused.size(); i++) {
            Runnable attempt = refused.get(i);
            assertThrows(IllegalArgumentException.class, attempt::run, "case " + i);
        }
        assertThrows(NullPointerException.class,
                () -> StudentCertificate.underTwentyFive(LAIA, null, LAIA_COVERED, ISSUED, VERIFICATION, Language.CA));
    }

    private static Person withBirth(Person person, LocalDate birth) {
        return new Person(person.cassNumber(), person.givenName(), person.familyName(), birth, person.type(),
                person.holder(), person.relation(), person.employmentStatus(), person.email(), person.residenceCountry(),
                person.declarants());
    }
}
