package ad.cass.online.domain.lifecertificates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A valid life certificate received and recorded. Its identity is the file's SHA-256: the same file sent twice is
 * one certificate, so with a supplement two certificates means two distinct documents (seed 003 §3.2 "ULL!
 * MAJORACIÓ (2 FE DE VIDA)", issue 21). An in-person or video-call check has no file: the caller hashes what
 * identifies that check instead (who, when).
 *
 * @param sha256      hex SHA-256 of the file (or of the staff check's identity); the store's key
 * @param fileKey     where the file lies in S3; null when there is none (CASS_IN_PERSON, OVAC_VIDEO_CALL)
 * @param contentType the file's type; null when there is no file
 * @param actor       who sent it, masked (never a full CASS number)
 * @param countsFor   the ids of the campaigns it counts for ({@link LifeCertificateRules#countsFor}), not empty
 */
public record LifeCertificate(String sha256, IssuerType issuerType, LocalDate issueDate, String country, String fileKey,
                              String contentType, Instant receivedAt, SubmittedBy submittedBy, String actor,
                              List<String> countsFor) {

    public LifeCertificate {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a certificate is known by the lower-case hex SHA-256 of its file");
        }
        if (issuerType == null || issueDate == null || country == null || receivedAt == null || submittedBy == null
                || actor == null || countsFor == null || countsFor.isEmpty()) {
            throw new IllegalArgumentException("a recorded certificate has its issuer, date, country, arrival, sender "
                    + "and the campaigns it counts for");
        }
        countsFor = List.copyOf(countsFor);
    }
}
