package ad.cass.online.domain.wallet;

import ad.cass.online.domain.person.CassNumber;
import ad.cass.online.domain.person.Coverage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The CASS health card as the digital wallet holds it (seed 000 §2.2.5, "targeta sanitària"): whose it is, their CASS
 * number, whether CASS covers them and since when, and how long the credential may be shown before the wallet asks
 * the portal again ("Vols actualitzar les dades a la teva Cartera Digital?").
 *
 * @param coveredSince null when the person has no coverage record
 */
public record HealthCard(CassNumber cassNumber, String givenName, String familyName, LocalDate birthDate,
                         Coverage.Status coverage, LocalDate coveredSince, Instant issuedAt, Instant expiresAt) {
    public HealthCard {
        Objects.requireNonNull(cassNumber, "cassNumber");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
