package ad.cass.online.domain.extracts;

import ad.cass.online.domain.error.Forbidden;
import ad.cass.online.domain.error.InvalidInput;
import ad.cass.online.domain.person.Coverage;
import ad.cass.online.domain.person.DependantRelation;
import ad.cass.online.domain.person.EmploymentStatus;
import ad.cass.online.domain.person.InsuredType;
import ad.cass.online.domain.person.Person;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Who may have which certificate (seeds 001/002, "Els certificats següents"), checked when it is asked for, so the
 * person hears it at once rather than from a failed document. Where the seeds are silent (DOMAIN.md, decisions):
 * <ul>
 *   <li>The health coverage certificate states the cover as it is, covered or not: anyone may have theirs.</li>
 *   <li>The student certificate under 25 is for a student covered as a dependant of an insured holder (seed 004,
 *       "estudiants de 18 a 25 anys"), 18 to 24 on the day: at 25 the cover as a dependant ends.</li>
 *   <li>The student certificate from 25 to 30 is for a student insured in their own right, 25 to 30 on the day.</li>
 *   <li>Both state a current cover: a student whose cover is suspended or ended gets none.</li>
 * </ul>
 */
final class CertificateRules {
    static final String NO_PERIOD = "Els certificats no tenen període: diuen la situació del dia que s'emeten.";
    static final String PDF_ONLY = "Els certificats només es donen en PDF.";
    static final String UNDER_25 = "El certificat d'estudiant menor de 25 anys és per a estudiants de 18 a 24 anys coberts "
            + "com a beneficiaris d'una persona assegurada.";
    static final String FROM_25_TO_30 = "El certificat d'estudiant de 25 a 30 anys és per a estudiants de 25 a 30 anys "
            + "assegurats directament.";
    static final String NOT_COVERED = "Aquest certificat requereix una cobertura sanitària vigent de la CASS.";

    private CertificateRules() {
    }

    /** The shape of the request: a certificate takes no period and is a PDF (400 naming the field). */
    static void checkShape(ExtractType type, String period, String from, String to, ExtractFormat format) {
        if (!type.certificate()) {
            return;
        }
        if (period != null || from != null || to != null) {
            throw new InvalidInput(period != null ? "period" : from != null ? "from" : "to", NO_PERIOD);
        }
        if (format != ExtractFormat.PDF) {
            throw new InvalidInput("format", PDF_ONLY);
        }
    }

    /** Whether {@code person} may have this certificate today (403 saying why). */
    static void checkEligible(ExtractType type, Person person, Optional<Coverage> coverage, LocalDate today) {
        int age = person.ageOn(today);
        switch (type) {
            case STUDENT_UNDER_25 -> {
                if (age < 18 || age > 24 || person.type() != InsuredType.INDIRECT
                        || person.relation() != DependantRelation.STUDENT_18_TO_25) {
                    throw new Forbidden(UNDER_25);
                }
                requireCovered(coverage);
            }
            case STUDENT_25_TO_30 -> {
                if (age < 25 || age > 30 || person.type() != InsuredType.DIRECT
                        || person.employmentStatus() != EmploymentStatus.STUDENT) {
                    throw new Forbidden(FROM_25_TO_30);
                }
                requireCovered(coverage);
            }
            default -> {
                // the extracts' access is the guard's; the health coverage certificate is anyone's
            }
        }
    }

    private static void requireCovered(Optional<Coverage> coverage) {
        if (coverage.map(c -> c.status() != Coverage.Status.COVERED).orElse(true)) {
            throw new Forbidden(NOT_COVERED);
        }
    }
}
