package ad.cass.online.domain.extracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What anyone holding a document's code may learn (issue 20, like Spain's CSV): that CASS issued it, what it is,
 * when, until when it is valid, the SHA-256 of the file, and the holder's initials; never more of the person.
 *
 * @param validUntil the last day the document stands as issued; null when it has no end
 */
public record Verification(String code, ExtractType type, Instant issuedAt, LocalDate validUntil, String sha256,
                           String holderInitials, boolean revoked) {
}
